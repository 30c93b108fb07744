-- Verify mlb:staging/season_of_games
BEGIN;
SELECT 1 / count(*)::int FROM pg_trigger WHERE tgrelid = 'staging.games'::regclass AND tgname = 'season_of_new_games';
ROLLBACK;
