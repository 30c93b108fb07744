-- pgTAP: sources/sbd/payload_tables: its raw table, listed with its parsers.
BEGIN;
SELECT plan(2);
SELECT results_eq($$SELECT source, endpoints, rows_key, rows_type, games_parser::text, lines_parser::text, splits_parser::text, books_parser::text
                      FROM raw_data.payload_tables WHERE raw_table = 'sbd_betting_splits'$$,
  $$VALUES ('sbd'::text, '{betting_splits}'::text[], 'games'::text, 'array'::text, 'raw_data.sbd_games(raw_data.payload)'::text,
           'raw_data.sbd_lines(raw_data.payload)'::text, 'raw_data.sbd_splits(raw_data.payload)'::text, NULL::text)$$,
  'sbd_betting_splits holds betting_splits bodies whose games array the three parsers read');
SELECT is(raw_data.payload_table_for('sbd', 'betting_splits'), 'sbd_betting_splits', 'the endpoint stores there');
SELECT * FROM finish();
ROLLBACK;
