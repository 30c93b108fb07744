-- Deploy mlb:curated/no_vig_multiplicative
-- No-vig probability, multiplicative.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE OR REPLACE FUNCTION curated.no_vig_multiplicative(side_probability numeric, other_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN side_probability + other_probability > 0 THEN side_probability / (side_probability + other_probability) END;
COMMENT ON FUNCTION curated.no_vig_multiplicative(numeric, numeric) IS 'Fair probability of a side by the multiplicative (proportional) method: p / (p + q) of the two implied probabilities. -110/-110 gives 0.5.';
GRANT EXECUTE ON FUNCTION curated.no_vig_multiplicative(numeric, numeric) TO mlb_analyst;

COMMIT;
