-- Revert mlb:staging/promote/schedule_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_schedule_games(bigint);
COMMIT;
