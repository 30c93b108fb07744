-- Revert mlb:staging/game_source_ids
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.game_source_ids;
COMMIT;
