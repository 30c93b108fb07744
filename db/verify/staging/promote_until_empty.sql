-- Verify mlb:staging/promote_until_empty (reworked): a degraded run does not stop the drain.
BEGIN;
SELECT 1/count(*) FROM pg_proc
 WHERE oid = 'staging.promote_until_empty(bigint, bigint, text, int)'::regprocedure AND prosrc LIKE '%''degraded''%';
ROLLBACK;
