-- Verify mlb:staging/american_to_decimal
BEGIN;
SELECT 'staging.american_to_decimal(int)'::regprocedure;
ROLLBACK;
