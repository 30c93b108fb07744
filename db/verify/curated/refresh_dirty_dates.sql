-- Verify mlb:curated/refresh_dirty_dates (reworked after v0.3.0): its lock waits are bounded first.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.refresh_dirty_dates()'::regprocedure AND prosrc LIKE '%PERFORM pipeline.bound_lock_waits();%';
ROLLBACK;
