-- Revert mlb:staging/decimal_to_american
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.decimal_to_american(numeric);
COMMIT;
