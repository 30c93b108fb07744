-- Revert mlb:pipeline/cron_jobs
BEGIN;
DROP FUNCTION pipeline.cron_jobs();
COMMIT;
