-- Verify mlb:staging/promote_taken
BEGIN;
SELECT 'staging.promote_taken(bigint, text[], bigint[], timestamptz[])'::regprocedure;
ROLLBACK;
