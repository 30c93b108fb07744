-- Verify mlb:staging/promote/splits (reworked after v0.2.1): The newest copy of a split wins.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_splits(bigint)'::regprocedure AND prosrc LIKE '%raw_fetched_at%';
ROLLBACK;
