-- Verify mlb:staging/promote/store_lines
BEGIN;
SELECT 'staging.promote_store_lines(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_store_lines(bigint)'::regprocedure
   AND prosrc LIKE '%batch_line_counts%' AND prosrc LIKE '%batch_opener_groups%';
ROLLBACK;
