-- Verify mlb:staging/promote/splits
BEGIN;
SELECT 'staging.promote_splits(bigint)'::regprocedure;
ROLLBACK;
