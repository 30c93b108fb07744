-- Verify mlb:staging/parse_requested_decimal_odds
BEGIN;
SELECT 1/(staging.parse_requested_decimal_odds('2') = 2)::int;
ROLLBACK;
