-- Revert mlb:curated/rebuild/steam
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_steam(bigint, bigint[]);
COMMIT;
