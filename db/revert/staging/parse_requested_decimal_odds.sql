-- Revert mlb:staging/parse_requested_decimal_odds
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.parse_requested_decimal_odds(text);
COMMIT;
