-- Revert mlb:curated/no_vig_additive
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.no_vig_additive(numeric, numeric);
COMMIT;
