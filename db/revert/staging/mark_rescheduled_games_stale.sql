-- Revert mlb:staging/mark_rescheduled_games_stale
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER mark_rescheduled_games_stale ON staging.games;
DROP FUNCTION staging.mark_rescheduled_games_stale();
COMMIT;
