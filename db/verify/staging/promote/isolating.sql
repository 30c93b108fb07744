-- Verify mlb:staging/promote/isolating (reworked after v0.3.0): a lock wait given up is raised again.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_isolating(bigint, text[], bigint[])'::regprocedure AND prosrc LIKE '%WHEN lock_not_available OR deadlock_detected OR serialization_failure%';
ROLLBACK;
