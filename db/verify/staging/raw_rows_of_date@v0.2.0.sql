-- Verify mlb:staging/raw_rows_of_date
BEGIN;
SELECT 'staging.raw_rows_of_date(date)'::regprocedure;
ROLLBACK;
