-- Verify mlb:pipeline/alert_settings
BEGIN;
SELECT 1 / (count(*) = 4)::int FROM pipeline.settings WHERE key LIKE 'alerts.%';
ROLLBACK;
