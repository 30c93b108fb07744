-- Revert mlb:staging/implied_probability_to_american
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.implied_probability_to_american(numeric);
COMMIT;
