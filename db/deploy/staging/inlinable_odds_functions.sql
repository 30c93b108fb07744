-- Deploy mlb:staging/inlinable_odds_functions
-- PostgreSQL never inlines a STRICT SQL function whose body is a CASE, so
-- every call in a bulk statement (and in the generated price columns) was a
-- full function call: 2-3x slower. Each body below already gives NULL for a
-- NULL argument (every CASE branch compares the argument), so declaring them
-- CALLED ON NULL INPUT changes no result; pgTAP proves NULL -> NULL.
-- curated.profit_units stays STRICT: its ELSE 0 would answer a NULL result.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER FUNCTION staging.parse_american_odds(text) CALLED ON NULL INPUT;
ALTER FUNCTION staging.parse_line(text) CALLED ON NULL INPUT;
ALTER FUNCTION staging.american_to_decimal(int) CALLED ON NULL INPUT;
ALTER FUNCTION staging.decimal_to_american(numeric) CALLED ON NULL INPUT;
ALTER FUNCTION staging.american_to_implied_probability(int) CALLED ON NULL INPUT;
ALTER FUNCTION staging.implied_probability_to_american(numeric) CALLED ON NULL INPUT;
ALTER FUNCTION curated.no_vig_multiplicative(numeric, numeric) CALLED ON NULL INPUT;
ALTER FUNCTION curated.hold(numeric, numeric) CALLED ON NULL INPUT;

COMMIT;
