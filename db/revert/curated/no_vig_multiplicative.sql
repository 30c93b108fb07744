-- Revert mlb:curated/no_vig_multiplicative
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.no_vig_multiplicative(numeric, numeric);
COMMIT;
