-- Verify mlb:staging/promote/schedule_games (reworked): The gamePk is the number promote_stated_games read safely, never a cast of the stated text.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_schedule_games(bigint)'::regprocedure AND prosrc LIKE '%s.game_pk%';
ROLLBACK;
