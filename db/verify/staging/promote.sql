-- Verify mlb:staging/promote (reworked after v0.2.3): the batch is promoted by staging.promote_taken.
BEGIN;
SELECT 1/count(*) FROM pg_proc
 WHERE oid = 'staging.promote(int)'::regprocedure AND prosrc LIKE '%staging.promote_taken(%';
ROLLBACK;
