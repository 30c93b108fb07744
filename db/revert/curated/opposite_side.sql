-- Revert mlb:curated/opposite_side
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.opposite_side(text);
COMMIT;
