-- Revert mlb:staging/american_to_implied_probability
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.american_to_implied_probability(int);
COMMIT;
