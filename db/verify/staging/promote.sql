-- Verify mlb:staging/promote
BEGIN;
SELECT 'staging.promote(int)'::regprocedure;
SELECT 1/count(*) FROM pg_proc
 WHERE oid = 'staging.promote(int)'::regprocedure AND prosrc LIKE '%staging.promote_taken(%';
ROLLBACK;
