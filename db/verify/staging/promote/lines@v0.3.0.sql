-- Verify mlb:staging/promote/lines
BEGIN;
SELECT 'staging.promote_lines(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_lines(bigint)'::regprocedure
   AND prosrc LIKE '%CREATE TEMP VIEW batch_lines%' AND prosrc NOT LIKE '%CREATE TEMP TABLE batch_lines%';
ROLLBACK;
