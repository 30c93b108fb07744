-- Revert mlb:staging/raw_payloads
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW staging.raw_payloads;
COMMIT;
