-- pgTAP: pipeline/enqueue_new_raw_rows (every new raw row queued for promotion): rows in, queue rows out.
-- Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', k, t, t, p_http_status => 200,
                               p_body => format('{"games": [], "k": "%s"}', k))
  FROM (VALUES ('1931-07-05', '1931-07-05 12:00Z'::timestamptz), ('1931-07-06', '1931-07-06 12:00Z')) v(k, t);
SELECT set_eq($$SELECT q.raw_table, q.raw_id FROM pipeline.promotion_queue q JOIN raw_data.sbd_betting_splits r ON r.id = q.raw_id
                 WHERE q.raw_table = 'sbd_betting_splits' AND r.request_key IN ('1931-07-05', '1931-07-06')$$,
  $$SELECT 'sbd_betting_splits'::text, id FROM raw_data.sbd_betting_splits WHERE request_key IN ('1931-07-05', '1931-07-06')$$,
  'each stored row is queued under its table (not its season partition)');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', '1931-07-05', '1931-07-05 13:00Z', '1931-07-05 13:00Z',
                               p_http_status => 200, p_body => '{"games": [], "k": "1931-07-05"}');
SELECT is((SELECT count(*)::int FROM raw_data.sbd_betting_splits WHERE request_key = '1931-07-05'), 1,
  'an unchanged body is not stored again ...');
SELECT is((SELECT count(*)::int FROM pipeline.promotion_queue q JOIN raw_data.sbd_betting_splits r ON r.id = q.raw_id
            WHERE r.request_key = '1931-07-05'), 1, '... so nothing more is queued');
SELECT * FROM finish();
ROLLBACK;
