-- Revert mlb:curated/rebuild/lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_lines(bigint, bigint[]);
COMMIT;
