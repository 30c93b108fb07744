-- Verify mlb:staging/promote/raw_rows (reworked after v0.2.4): the summaries of the games touched (staging.refresh_line_summaries).
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_raw_rows(bigint)'::regprocedure AND prosrc LIKE '%refresh_line_summaries(p_run_id)%';
ROLLBACK;
