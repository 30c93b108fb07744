-- Verify mlb:staging/promote/metrics
BEGIN;
SELECT 'staging.promote_metrics(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_metrics(bigint)'::regprocedure AND prosrc LIKE '%batch_line_counts%';
ROLLBACK;
