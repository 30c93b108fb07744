-- Verify mlb:staging/promote/metrics (reworked after v0.2.3): the lines' counts from batch_line_counts.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_metrics(bigint)'::regprocedure AND prosrc LIKE '%batch_line_counts%';
ROLLBACK;
