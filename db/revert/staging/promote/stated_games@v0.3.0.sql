-- Revert mlb:staging/promote/stated_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_stated_games(bigint);
COMMIT;
