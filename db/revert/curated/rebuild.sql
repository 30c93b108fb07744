-- Revert mlb:curated/rebuild
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild(date);
COMMIT;
