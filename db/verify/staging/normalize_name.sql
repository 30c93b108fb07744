-- Verify mlb:staging/normalize_name
BEGIN;
SELECT 'staging.normalize_name(text)'::regprocedure;
ROLLBACK;
