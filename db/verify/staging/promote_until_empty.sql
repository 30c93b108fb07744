-- Verify mlb:staging/promote_until_empty
BEGIN;
SELECT 'staging.promote_until_empty(bigint, bigint, text, int)'::regprocedure;
SELECT 1/count(*) FROM pg_proc
 WHERE oid = 'staging.promote_until_empty(bigint, bigint, text, int)'::regprocedure AND prosrc LIKE '%''degraded''%';
ROLLBACK;
