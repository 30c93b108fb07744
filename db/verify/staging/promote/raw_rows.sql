-- Verify mlb:staging/promote/raw_rows
BEGIN;
SELECT 'staging.promote_raw_rows(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_raw_rows(bigint)'::regprocedure AND prosrc LIKE '%refresh_line_summaries(p_run_id)%';
ROLLBACK;
