-- Verify mlb:staging/match_batch_games
BEGIN;
SELECT 'staging.match_batch_games(bigint, numeric)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.match_batch_games(bigint, numeric)'::regprocedure AND prosrc LIKE '%IS NOT DISTINCT FROM (pick.game_date%';
ROLLBACK;
