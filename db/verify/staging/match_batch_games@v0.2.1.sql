-- Verify mlb:staging/match_batch_games
BEGIN;
SELECT 'staging.match_batch_games(bigint, numeric)'::regprocedure;
ROLLBACK;
