-- Verify mlb:staging/promote/lines (reworked after v0.2.3): the batch's lines are a temporary view, nothing written.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_lines(bigint)'::regprocedure
   AND prosrc LIKE '%CREATE TEMP VIEW batch_lines%' AND prosrc NOT LIKE '%CREATE TEMP TABLE batch_lines%';
ROLLBACK;
