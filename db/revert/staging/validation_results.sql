-- Revert mlb:staging/validation_results
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.validation_results;
COMMIT;
