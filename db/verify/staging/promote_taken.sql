-- Verify mlb:staging/promote_taken (reworked after v0.3.0): a lock wait given up is not isolated.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_taken(bigint, text[], bigint[], timestamptz[])'::regprocedure AND prosrc LIKE '%WHEN lock_not_available OR deadlock_detected OR serialization_failure%';
ROLLBACK;
