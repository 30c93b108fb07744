-- pgTAP: staging/promote_scheduled (the every-minute promotion job): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(5);

SELECT results_eq($$SELECT schedule FROM cron.job WHERE jobname = 'mlb-staging-promote'$$, $$VALUES ('* * * * *'::text)$$, 'pg_cron job mlb-staging-promote runs at * * * * *');

-- A job numbered beyond pipeline.promotion_workers does nothing.
DELETE FROM pipeline.promotion_queue;
UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.auto_promotion';
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-job-3', now(), now(),
                               p_http_status => 200, p_body => '{"games": []}');
SELECT staging.promote_scheduled(3);
SELECT is((SELECT count(*)::int FROM pipeline.promotion_queue), 1, 'job 3 with one worker promotes nothing');

-- Two workers: job 1 promotes the reference lane alone, then each job runs a worker.
DELETE FROM pipeline.promotion_queue;
UPDATE pipeline.settings SET value = '2' WHERE key = 'pipeline.promotion_workers';
SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-job-s', now(), now(),
                               p_http_status => 200, p_body => '{"dates": []}');
SELECT raw_data.record_attempt('action_network', 'history', 'action_network_odds', 'tap-job-h' || g, now(), now(),
                               p_http_status => 200, p_body => '{}')
  FROM generate_series(1, 6) g;
SELECT staging.promote_scheduled(2);
SELECT is((SELECT count(*)::int FROM pipeline.promotion_queue), 7, 'job 2 leaves the histories queued after a waiting schedule');
SELECT staging.promote_scheduled(1);
SELECT is((SELECT string_agg(DISTINCT raw_table, ', ') FROM pipeline.promotion_queue), 'action_network_odds',
          'job 1 promotes the schedule and leaves the histories to the workers');
SELECT staging.promote_scheduled(2);
SELECT ok((SELECT detail ? 'partition' FROM pipeline.runs WHERE id = (SELECT max(id) FROM pipeline.runs)),
          'then job 2 runs a worker on a partition');

SELECT * FROM finish();
ROLLBACK;
