-- Verify mlb:staging/promote/raw_rows (reworked after v0.2.2): the game each payload means (staging.promote_payload_games).
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_raw_rows(bigint)'::regprocedure AND prosrc LIKE '%promote_payload_games%';
ROLLBACK;
