-- Revert mlb:staging/promote/payloads
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_payloads(bigint);
COMMIT;
