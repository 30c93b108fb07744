-- Verify mlb:staging/promote/unread (reworked after v0.2.3): the lines a raw row stated, from batch_line_counts.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_unread(bigint)'::regprocedure AND prosrc LIKE '%batch_line_counts%';
ROLLBACK;
