-- Revert mlb:pipeline/settings from the rework
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM pipeline.settings WHERE key IN ('pipeline.backlog_alert_minutes', 'validation.max_days_ahead');
COMMIT;
