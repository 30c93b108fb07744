-- Verify mlb:pipeline/cron_jobs
BEGIN;
SELECT 'pipeline.cron_jobs()'::regprocedure;
ROLLBACK;
