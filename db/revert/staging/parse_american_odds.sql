-- Revert mlb:staging/parse_american_odds
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.parse_american_odds(text);
COMMIT;
