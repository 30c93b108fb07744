-- Verify mlb:staging/match_batch_games (reworked after v0.2.2): each statement of an id its own game.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.match_batch_games(bigint, numeric)'::regprocedure AND prosrc LIKE '%IS NOT DISTINCT FROM (pick.game_date%';
ROLLBACK;
