-- pgTAP: one pg_cron job per promotion worker, following pipeline.promotion_workers.
BEGIN;
SELECT plan(8);

SELECT is((SELECT count(*)::int FROM cron.job WHERE jobname LIKE 'mlb-staging-promote-%'), 0, 'with one worker, only mlb-staging-promote');
UPDATE pipeline.settings SET value = '3' WHERE key = 'pipeline.promotion_workers';
SELECT is((SELECT string_agg(jobname || ' ' || command, ', ' ORDER BY jobname) FROM cron.job WHERE jobname LIKE 'mlb-staging-promote%'),
  'mlb-staging-promote SELECT staging.promote_scheduled(), mlb-staging-promote-2 SELECT staging.promote_scheduled(2), mlb-staging-promote-3 SELECT staging.promote_scheduled(3)',
  'three workers: three jobs, each running its own worker number');
SELECT is((SELECT string_agg(jobname || ' ' || command, ', ' ORDER BY jobname) FROM cron.job WHERE jobname LIKE 'mlb-pipeline-drain%'),
  'mlb-pipeline-drain CALL pipeline.drain(), mlb-pipeline-drain-2 CALL pipeline.drain(NULL, 2), mlb-pipeline-drain-3 CALL pipeline.drain(NULL, 3)',
  'and three drains, each promoting as its own worker as rows arrive (not one batch a minute)');
UPDATE pipeline.settings SET value = '2' WHERE key = 'pipeline.promotion_workers';
SELECT is((SELECT string_agg(jobname, ', ' ORDER BY jobname) FROM cron.job WHERE jobname LIKE 'mlb-staging-promote-%'),
  'mlb-staging-promote-2', 'back to two: the third job is unscheduled');
SELECT is((SELECT string_agg(jobname || ' ' || command, ', ' ORDER BY jobname) FROM cron.job WHERE jobname LIKE 'mlb-curated-refresh%'),
  'mlb-curated-refresh SELECT curated.refresh_dirty_dates(), mlb-curated-refresh-2 SELECT curated.refresh_dirty_dates()',
  'two workers: two curated refresh jobs too, which split the dirty dates by partition');
UPDATE pipeline.settings SET value = '1' WHERE key = 'pipeline.promotion_workers';
SELECT is((SELECT count(*)::int FROM cron.job WHERE jobname ~ '^mlb-(staging-promote|curated-refresh|pipeline-drain)-'), 0,
  'back to one: only mlb-staging-promote, mlb-curated-refresh and mlb-pipeline-drain');
SELECT is((SELECT count(*)::int FROM cron.job WHERE jobname = 'mlb-pipeline-drain'), 1, 'job 1''s drain stays');
SELECT ok(NOT has_function_privilege('mlb_analyst', 'pipeline.schedule_promotion_workers()', 'EXECUTE'),
  'the analyst cannot call it');

SELECT * FROM finish();
ROLLBACK;
