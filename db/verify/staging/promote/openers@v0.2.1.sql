-- Verify mlb:staging/promote/openers
BEGIN;
SELECT 'staging.promote_openers()'::regprocedure;
ROLLBACK;
