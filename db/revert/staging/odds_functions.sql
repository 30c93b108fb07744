-- Revert mlb:staging/odds_functions
BEGIN;

DROP FUNCTION staging.parse_american_odds(text);
DROP FUNCTION staging.parse_line(text);
DROP FUNCTION staging.american_to_decimal(int);
DROP FUNCTION staging.decimal_to_american(numeric);
DROP FUNCTION staging.american_to_implied_probability(int);
DROP FUNCTION staging.implied_probability_to_american(numeric);

COMMIT;
