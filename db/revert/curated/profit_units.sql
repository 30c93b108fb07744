-- Revert mlb:curated/profit_units
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.profit_units(text, int);
COMMIT;
