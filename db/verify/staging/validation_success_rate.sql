-- Verify mlb:staging/validation_success_rate
BEGIN;
SELECT 1 FROM staging.validation_success_rate WHERE false;
ROLLBACK;
