-- Verify mlb:pipeline/housekeeping (reworked after v0.3.0): its lock waits are bounded first.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.housekeeping()'::regprocedure AND prosrc LIKE '%PERFORM pipeline.bound_lock_waits();%';
ROLLBACK;
