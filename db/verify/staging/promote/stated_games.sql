-- Verify mlb:staging/promote/stated_games (reworked after v0.2.2): one statement per id and stated game.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_stated_games(bigint)'::regprocedure AND prosrc LIKE '%json_build_array(d.game_date%';
ROLLBACK;
