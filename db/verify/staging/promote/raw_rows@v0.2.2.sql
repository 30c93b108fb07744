-- Verify mlb:staging/promote/raw_rows (reworked after v0.2.1): the orchestrator calls promote_unread.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_raw_rows(bigint)'::regprocedure AND prosrc LIKE '%promote_unread%';
ROLLBACK;
