-- Verify mlb:staging/rebuild (reworked): The lock is a row of pipeline.locks, which no other role can take.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.rebuild(date)'::regprocedure AND prosrc LIKE '%pipeline.lock(%';
ROLLBACK;
