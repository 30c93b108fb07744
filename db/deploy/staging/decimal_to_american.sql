-- Deploy mlb:staging/decimal_to_american
-- American odds of decimal odds.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE OR REPLACE FUNCTION staging.decimal_to_american(decimal_odds numeric) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN decimal_odds >= 2 THEN round((decimal_odds - 1) * 100)::int
  WHEN decimal_odds > 1 THEN round(-100 / (decimal_odds - 1))::int
END;
COMMENT ON FUNCTION staging.decimal_to_american(numeric) IS 'American odds for decimal odds, rounded to the nearest integer: 2.5 -> +150, 1.5 -> -200, 2 -> +100. NULL for decimal odds <= 1.';
GRANT EXECUTE ON FUNCTION staging.decimal_to_american(numeric) TO mlb_analyst;

COMMIT;
