-- Verify mlb:staging/promote/store_lines (reworked after v0.2.1): The newest copy of an observation wins.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_store_lines(bigint)'::regprocedure AND prosrc LIKE '%raw_fetched_at%';
ROLLBACK;
