-- Verify mlb:pipeline/alert_payload
BEGIN;
SELECT pipeline.alert_payload(-1, 'moneyline', 'home', 'steam', now(), 0, '{}');
ROLLBACK;
