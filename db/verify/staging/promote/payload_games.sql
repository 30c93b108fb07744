-- Verify mlb:staging/promote/payload_games
BEGIN;
SELECT 'staging.promote_payload_games(bigint)'::regprocedure;
ROLLBACK;
