-- Revert mlb:curated/overround
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.overround(numeric, numeric);
COMMIT;
