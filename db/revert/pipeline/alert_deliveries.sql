-- Revert mlb:pipeline/alert_deliveries
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.alert_deliveries;
COMMIT;
