-- Revert mlb:curated/rebuild/reverse_line_movement
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_reverse_line_movement(bigint, bigint[]);
COMMIT;
