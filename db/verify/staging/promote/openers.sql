-- Verify mlb:staging/promote/openers
BEGIN;
SELECT 'staging.promote_openers()'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_openers()'::regprocedure AND prosrc LIKE '%batch_opener_groups%';
ROLLBACK;
