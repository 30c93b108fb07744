-- Verify mlb:staging/promote/stated_games
BEGIN;
SELECT 'staging.promote_stated_games(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_stated_games(bigint)'::regprocedure AND prosrc LIKE '%json_build_array(d.game_date%';
ROLLBACK;
