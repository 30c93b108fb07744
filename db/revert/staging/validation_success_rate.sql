-- Revert mlb:staging/validation_success_rate
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW staging.validation_success_rate;
COMMIT;
