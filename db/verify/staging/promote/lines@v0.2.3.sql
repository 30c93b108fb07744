-- Verify mlb:staging/promote/lines (reworked after v0.2.2): the game each payload means (staging.promote_payload_games).
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_lines(bigint)'::regprocedure AND prosrc LIKE '%batch_payload_games%';
ROLLBACK;
