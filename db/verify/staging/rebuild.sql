-- Verify mlb:staging/rebuild (reworked after v0.2.3): a date whose raw rows are not there is refused.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.rebuild(date)'::regprocedure AND prosrc LIKE '%object_not_in_prerequisite_state%'
   AND prosrc LIKE '%pipeline.lock(%';
ROLLBACK;
