-- Revert mlb:pipeline/alert_payload
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.alert_payload(bigint, text, text, text, timestamptz, numeric, jsonb);
COMMIT;
