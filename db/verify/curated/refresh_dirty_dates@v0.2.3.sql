-- Verify mlb:curated/refresh_dirty_dates (reworked): The lock is a row of pipeline.locks, which no other role can take.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.refresh_dirty_dates()'::regprocedure AND prosrc LIKE '%pipeline.lock(%';
ROLLBACK;
