-- Verify mlb:staging/promote/store_lines (reworked after v0.2.3): one statement stores, rejects and counts the batch.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_store_lines(bigint)'::regprocedure
   AND prosrc LIKE '%batch_line_counts%' AND prosrc LIKE '%batch_opener_groups%';
ROLLBACK;
