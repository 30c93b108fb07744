-- Verify mlb:staging/promote/source_games
BEGIN;
SELECT 'staging.promote_source_games(bigint)'::regprocedure;
ROLLBACK;
