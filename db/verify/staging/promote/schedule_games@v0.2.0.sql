-- Verify mlb:staging/promote/schedule_games
BEGIN;
SELECT 'staging.promote_schedule_games(bigint)'::regprocedure;
ROLLBACK;
