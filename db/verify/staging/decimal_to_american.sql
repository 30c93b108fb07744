-- Verify mlb:staging/decimal_to_american
BEGIN;
SELECT 'staging.decimal_to_american(numeric)'::regprocedure;
ROLLBACK;
