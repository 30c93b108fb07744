-- Verify mlb:staging/promote/metrics (reworked after v0.3.0): accounts written.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_metrics(bigint)'::regprocedure AND prosrc LIKE '%raw_row_accounts%';
ROLLBACK;
