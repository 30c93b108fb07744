-- Verify mlb:pipeline/alert_deliveries
BEGIN;
SELECT delivery_id, alert_id, webhook, attempt, attempted_at, status_code, error, delivered
  FROM pipeline.alert_deliveries WHERE false;
ROLLBACK;
