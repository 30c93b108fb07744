-- Revert mlb:staging/inlinable_odds_functions
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER FUNCTION staging.parse_american_odds(text) STRICT;
ALTER FUNCTION staging.parse_line(text) STRICT;
ALTER FUNCTION staging.american_to_decimal(int) STRICT;
ALTER FUNCTION staging.decimal_to_american(numeric) STRICT;
ALTER FUNCTION staging.american_to_implied_probability(int) STRICT;
ALTER FUNCTION staging.implied_probability_to_american(numeric) STRICT;
ALTER FUNCTION curated.no_vig_multiplicative(numeric, numeric) STRICT;
ALTER FUNCTION curated.hold(numeric, numeric) STRICT;

COMMIT;
