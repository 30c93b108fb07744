-- Verify mlb:curated/refresh_dirty_dates (reworked after v0.2.3): refresh jobs share the lock.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.refresh_dirty_dates()'::regprocedure AND prosrc LIKE '%p_shared => true%';
ROLLBACK;
