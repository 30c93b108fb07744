-- Verify mlb:staging/validation_results
BEGIN;
SELECT 1 FROM staging.validation_results WHERE false;
ROLLBACK;
