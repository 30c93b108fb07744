-- Verify mlb:pipeline/settings (reworked): the settings added after v0.2.0.
BEGIN;
SELECT 1/(count(*) - 1) FROM pipeline.settings WHERE key IN ('pipeline.backlog_alert_minutes', 'validation.max_days_ahead');
ROLLBACK;
