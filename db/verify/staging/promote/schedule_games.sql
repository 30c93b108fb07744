-- Verify mlb:staging/promote/schedule_games
BEGIN;
SELECT 'staging.promote_schedule_games(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_schedule_games(bigint)'::regprocedure AND prosrc LIKE '%s.game_pk%';
ROLLBACK;
