-- Revert mlb:pipeline/raise_signal_alerts
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER raise_signal_alerts ON curated.betting_analysis;
DROP FUNCTION pipeline.raise_signal_alerts();
COMMIT;
