-- Revert mlb:pipeline/alerts_to_deliver
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.alerts_to_deliver(text, interval);
COMMIT;
