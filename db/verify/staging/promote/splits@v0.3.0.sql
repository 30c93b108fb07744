-- Verify mlb:staging/promote/splits
BEGIN;
SELECT 'staging.promote_splits(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_splits(bigint)'::regprocedure AND prosrc LIKE '%batch_payload_games%';
ROLLBACK;
