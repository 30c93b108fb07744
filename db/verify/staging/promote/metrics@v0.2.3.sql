-- Verify mlb:staging/promote/metrics
BEGIN;
SELECT 'staging.promote_metrics(bigint)'::regprocedure;
ROLLBACK;
