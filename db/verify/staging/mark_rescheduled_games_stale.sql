-- Verify mlb:staging/mark_rescheduled_games_stale
BEGIN;
SELECT 1/count(*) FROM pg_trigger
 WHERE tgrelid = 'staging.games'::regclass AND tgfoid = 'staging.mark_rescheduled_games_stale()'::regprocedure;
ROLLBACK;
