-- Revert mlb:pipeline/signal_alerts
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.signal_alerts;
COMMIT;
