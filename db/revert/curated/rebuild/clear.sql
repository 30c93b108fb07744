-- Revert mlb:curated/rebuild/clear
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_clear(date[]);
COMMIT;
