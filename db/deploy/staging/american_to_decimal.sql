-- Deploy mlb:staging/american_to_decimal
-- Decimal odds of American odds.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE OR REPLACE FUNCTION staging.american_to_decimal(american int) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN american >= 100 THEN 1 + american / 100.0
  WHEN american <= -100 THEN 1 + 100.0 / -american
END;
COMMENT ON FUNCTION staging.american_to_decimal(int) IS 'Decimal odds (total return per unit staked) for American odds: +150 -> 2.5, -200 -> 1.5, +/-100 -> 2. NULL between -100 and +100 exclusive, which is not a valid American price.';
GRANT EXECUTE ON FUNCTION staging.american_to_decimal(int) TO mlb_analyst;

COMMIT;
