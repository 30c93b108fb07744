-- Revert mlb:pipeline/alert_deliveries
BEGIN;
SET LOCAL ROLE mlb_owner;
REVOKE USAGE ON SCHEMA pipeline FROM mlb_agent;
DROP TABLE pipeline.alert_deliveries;
COMMIT;
