-- Verify mlb:staging/promote_scheduled (reworked after v0.2.3): job N of the promotion workers.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_scheduled(int)'::regprocedure AND prosrc LIKE '%promote_partition%';
ROLLBACK;
