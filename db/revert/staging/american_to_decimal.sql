-- Revert mlb:staging/american_to_decimal
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.american_to_decimal(int);
COMMIT;
