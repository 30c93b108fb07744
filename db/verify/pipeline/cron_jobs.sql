-- Verify mlb:pipeline/cron_jobs (reworked): reports the zone's last run.
BEGIN;
SELECT last_run_status, health FROM pipeline.cron_jobs() WHERE false;
ROLLBACK;
