-- Revert mlb:raw_data/payloads
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.payloads(text);
COMMIT;
