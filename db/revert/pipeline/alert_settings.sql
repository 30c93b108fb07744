-- Revert mlb:pipeline/alert_settings
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM pipeline.settings WHERE key LIKE 'alerts.%';
COMMIT;
