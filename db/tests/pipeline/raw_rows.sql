-- pgTAP: pipeline.raw_rows lists every raw row of every payload table, without its payload.
BEGIN;
SELECT plan(2);
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-raw-rows', '2025-06-14 16:00Z', '2025-06-14 16:00Z',
                               p_http_status => 200, p_body => '{"games": []}');
SELECT results_eq($$SELECT source, raw_table, request_key, fetched_at FROM pipeline.raw_rows() WHERE request_key = 'tap-raw-rows'$$,
  $$VALUES ('sbd'::text, 'sbd_betting_splits'::text, 'tap-raw-rows'::text, '2025-06-14 16:00Z'::timestamptz)$$, 'a stored row is listed');
SELECT is((SELECT count(*) FROM pipeline.raw_rows() WHERE raw_table = 'sbd_betting_splits'),
          (SELECT count(*) FROM raw_data.sbd_betting_splits), 'every row of a payload table');
SELECT * FROM finish();
ROLLBACK;
