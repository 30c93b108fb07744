-- Revert mlb:staging/season_of_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER season_of_new_games ON staging.games;
DROP TRIGGER season_of_changed_games ON staging.games;
DROP FUNCTION staging.season_of_games();
COMMIT;
