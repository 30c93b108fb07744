-- pgTAP: raw_data.parser_query builds the statement that runs a parser over a raw table.
BEGIN;
SELECT plan(4);

SELECT is(raw_data.parser_query('sbd_betting_splits', 'raw_data.sbd_games(raw_data.payload)', NULL),
  'SELECT x.* FROM raw_data.sbd_betting_splits r CROSS JOIN LATERAL raw_data.sbd_games(ROW(''sbd_betting_splits'', r.id, r.request_key, r.fetched_at, r.http_status, r.payload)::raw_data.payload) x ',
  'all payloads of the table, each passed to the parser as raw_data.payload');
SELECT matches(raw_data.parser_query('sbd_betting_splits', 'raw_data.sbd_games(raw_data.payload)', ARRAY[1]::bigint[]),
  'WHERE r\.id = ANY \(\$1\)$', 'only the given raw ids when ids are passed');
SELECT is(raw_data.parser_query('action_network_books', NULL, NULL), NULL, 'no parser, no statement');
SELECT is((SELECT count(*) FROM raw_data.stated_games('action_network_books')), 0::bigint,
  'a table without a games parser states no games');

SELECT * FROM finish();
ROLLBACK;
