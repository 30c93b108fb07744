-- Verify mlb:staging/promote/splits (reworked): A split whose stated time is not a real instant is invalid_observed_at, a bet count that does not fit is no count: reasons, never a failed batch.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_splits(bigint)'::regprocedure AND prosrc LIKE '%invalid_observed_at%';
ROLLBACK;
