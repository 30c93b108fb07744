-- Verify mlb:staging/promote_until_empty
BEGIN;
SELECT 'staging.promote_until_empty(bigint, bigint, text, int)'::regprocedure;
ROLLBACK;
