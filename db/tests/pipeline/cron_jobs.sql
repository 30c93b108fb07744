-- pgTAP: the contract of change pipeline/cron_jobs (the projects pg_cron jobs and their last runs).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('pipeline', 'cron_jobs', ARRAY[]::name[], 'pipeline.cron_jobs() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'pipeline.cron_jobs()'::regprocedure), true, 'pipeline.cron_jobs is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.cron_jobs()'::regprocedure), current_user::text, 'pipeline.cron_jobs is owned by the deploying superuser');

SELECT * FROM finish();
ROLLBACK;
