-- Revert mlb:curated/hold
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.hold(numeric, numeric);
COMMIT;
