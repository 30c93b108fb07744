-- Verify mlb:staging/promote
BEGIN;
SELECT 'staging.promote(int)'::regprocedure;
ROLLBACK;
