-- Verify mlb:staging/promote (reworked): a failing batch is promoted row by row.
BEGIN;
SELECT 1/count(*) FROM pg_proc
 WHERE oid = 'staging.promote(int)'::regprocedure AND prosrc LIKE '%staging.promote_isolating(%';
ROLLBACK;
