-- Revert mlb:staging/promote/source_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_source_games(bigint);
COMMIT;
