-- pgTAP: raw_data/payload_origin (collection attempt and fetch time of a raw row): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(2);

-- A raw row in, its collection attempt and fetch time out.
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', '1931-07-03', '1931-07-03 12:00Z', '1931-07-03 12:00Z',
                               p_http_status => 200, p_body => '{"games": [], "k": "origin"}');
SELECT results_eq($$SELECT o.collection_log_id, o.fetched_at FROM raw_data.sbd_betting_splits r,
                           raw_data.payload_origin('sbd_betting_splits', r.id) o WHERE r.request_key = '1931-07-03'$$,
  $$SELECT l.id, timestamptz '1931-07-03 12:00Z' FROM raw_data.collection_log l WHERE l.request_key = '1931-07-03' AND l.source = 'sbd'$$,
  'the attempt that stored it and when it was fetched');
SELECT is_empty($$SELECT * FROM raw_data.payload_origin('no_such_table', 1)$$, 'a table that is not listed has no origin (and is never queried)');

SELECT * FROM finish();
ROLLBACK;
