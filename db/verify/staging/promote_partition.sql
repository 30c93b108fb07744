-- Verify mlb:staging/promote_partition
BEGIN;
SELECT 'staging.promote_partition(int)'::regprocedure;
ROLLBACK;
