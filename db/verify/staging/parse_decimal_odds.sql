-- Verify mlb:staging/parse_decimal_odds
BEGIN;
SELECT 1/(staging.parse_decimal_odds('1.74') = 1.74 AND staging.parse_decimal_odds('-110') IS NULL)::int;
ROLLBACK;
