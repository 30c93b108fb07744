-- Verify mlb:staging/promote/store_lines
BEGIN;
SELECT 'staging.promote_store_lines(bigint)'::regprocedure;
ROLLBACK;
