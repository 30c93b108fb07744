-- Verify mlb:curated/rebuild/dates (reworked): The lock is a row of pipeline.locks, which no other role can take.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_dates(date[])'::regprocedure AND prosrc LIKE '%pipeline.lock(%';
ROLLBACK;
