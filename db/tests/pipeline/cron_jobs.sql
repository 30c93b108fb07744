-- pgTAP: pipeline/cron_jobs (the projects pg_cron jobs and their last runs): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(5);

-- Each job shows its zone's last run (reworked after v0.2.0).
INSERT INTO pipeline.runs (zone, kind, status, error_text) VALUES ('staging', 'promote', 'failed', 'tap: broken');
SELECT is((SELECT health || ':' || last_run_error FROM pipeline.cron_jobs() WHERE jobname = 'mlb-staging-promote'), 'failing:tap: broken',
  'a failed promotion makes the promotion job failing, whatever pg_cron says');
INSERT INTO pipeline.runs (zone, kind, status) VALUES ('staging', 'promote', 'skipped');
SELECT is((SELECT last_run_status FROM pipeline.cron_jobs() WHERE jobname = 'mlb-staging-promote'), 'failed', 'a skipped run says nothing about health');
INSERT INTO pipeline.runs (zone, kind, status) VALUES ('staging', 'promote', 'degraded');
SELECT is((SELECT health FROM pipeline.cron_jobs() WHERE jobname = 'mlb-staging-promote'), 'degraded', 'a degraded run makes it degraded');
SELECT is((SELECT runs_not_succeeded_24h FROM pipeline.cron_jobs() WHERE jobname = 'mlb-staging-promote'), 2::bigint, 'failed and degraded runs counted');
SELECT is((SELECT zone FROM pipeline.cron_jobs() WHERE jobname = 'mlb-housekeeping'), NULL, 'housekeeping belongs to no zone');

SELECT * FROM finish();
ROLLBACK;
