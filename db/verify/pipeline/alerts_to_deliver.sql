-- Verify mlb:pipeline/alerts_to_deliver
BEGIN;
SELECT alert_id, payload, attempts FROM pipeline.alerts_to_deliver('none');
ROLLBACK;
