-- Verify mlb:staging/check_betting_line_references
BEGIN;
SELECT 'staging.check_betting_line_references()'::regprocedure;
ROLLBACK;
