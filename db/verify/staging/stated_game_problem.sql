-- Verify mlb:staging/stated_game_problem
BEGIN;
SELECT 'staging.stated_game_problem(date, timestamptz, int, text, boolean, text, text, text, text, text, text, text, text, text, text)'::regprocedure;
ROLLBACK;
