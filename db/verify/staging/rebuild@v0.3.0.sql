-- Verify mlb:staging/rebuild
BEGIN;
SELECT 'staging.rebuild(date)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.rebuild(date)'::regprocedure AND prosrc LIKE '%object_not_in_prerequisite_state%'
   AND prosrc LIKE '%pipeline.lock(%';
ROLLBACK;
