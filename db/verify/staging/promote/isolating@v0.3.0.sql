-- Verify mlb:staging/promote/isolating
BEGIN;
SELECT 'staging.promote_isolating(bigint, text[], bigint[])'::regprocedure;
ROLLBACK;
