-- Verify mlb:staging/promote/unread
BEGIN;
SELECT 'staging.promote_unread(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_unread(bigint)'::regprocedure AND prosrc LIKE '%batch_line_counts%';
ROLLBACK;
