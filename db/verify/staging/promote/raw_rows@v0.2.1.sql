-- Verify mlb:staging/promote/raw_rows
BEGIN;
SELECT 'staging.promote_raw_rows(bigint)'::regprocedure;
ROLLBACK;
