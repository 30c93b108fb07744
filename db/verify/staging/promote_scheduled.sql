-- Verify mlb:staging/promote_scheduled (reworked after v0.3.0): its lock waits are bounded first.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_scheduled(int)'::regprocedure AND prosrc LIKE '%PERFORM pipeline.bound_lock_waits();%';
ROLLBACK;
