-- Verify mlb:pipeline/cron_jobs
BEGIN;
SELECT 'pipeline.cron_jobs()'::regprocedure;
SELECT last_run_status, health FROM pipeline.cron_jobs() WHERE false;
ROLLBACK;
