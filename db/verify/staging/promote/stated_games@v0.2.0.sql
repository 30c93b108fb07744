-- Verify mlb:staging/promote/stated_games
BEGIN;
SELECT 'staging.promote_stated_games(bigint)'::regprocedure;
ROLLBACK;
