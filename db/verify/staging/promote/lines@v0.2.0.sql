-- Verify mlb:staging/promote/lines
BEGIN;
SELECT 'staging.promote_lines(bigint)'::regprocedure;
ROLLBACK;
