-- Revert mlb:staging/stated_game_problem
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.stated_game_problem(date, timestamptz, int, text, boolean, text, text, text, text, text, text, text, text, text, text);
COMMIT;
