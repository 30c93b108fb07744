-- Verify mlb:staging/refuse_deleting_referenced_parents
BEGIN;
SELECT 'staging.refuse_deleting_referenced_parents()'::regprocedure;
ROLLBACK;
