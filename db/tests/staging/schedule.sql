-- The pg_cron job and the switches it obeys.
BEGIN;
SELECT plan(6);

SELECT is((SELECT schedule FROM cron.job WHERE jobname = 'mlb-staging-promote'), '* * * * *', 'promotion is scheduled every minute');
SELECT is((SELECT command FROM cron.job WHERE jobname = 'mlb-staging-promote'), 'SELECT staging.promote_scheduled()', 'the job calls promote_scheduled()');

DELETE FROM pipeline.promotion_queue;
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-schedule', now(), now(),
  p_http_status => 200, p_body => '{"games": []}');
SELECT is((SELECT count(*)::int FROM pipeline.promotion_queue), 1, 'a raw insert queues its row');

UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion';
SELECT staging.promote_scheduled();
SELECT is((SELECT count(*)::int FROM pipeline.promotion_queue), 1, 'with auto_promotion off the job promotes nothing');

UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.auto_promotion';
SELECT staging.promote_scheduled();
SELECT is((SELECT count(*)::int FROM pipeline.promotion_queue), 0, 'with it on the job drains the queue');

-- A broken queue trigger never fails the raw insert (it warns, which this test need not print).
ALTER TABLE pipeline.promotion_queue RENAME TO promotion_queue_moved;
SET LOCAL client_min_messages = error;
SELECT lives_ok($$SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-schedule-2', now(), now(),
  p_http_status => 200, p_body => '{"games": [1]}')$$, 'a raw insert survives a failing queue trigger');

SELECT * FROM finish();
ROLLBACK;
