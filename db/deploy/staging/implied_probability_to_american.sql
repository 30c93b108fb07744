-- Deploy mlb:staging/implied_probability_to_american
-- American odds of a probability.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE OR REPLACE FUNCTION staging.implied_probability_to_american(probability numeric) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN probability >= 0.5 AND probability < 1 THEN round(-100 * probability / (1 - probability))::int
  WHEN probability > 0 AND probability < 0.5 THEN round(100 * (1 - probability) / probability)::int
END;
COMMENT ON FUNCTION staging.implied_probability_to_american(numeric) IS 'American odds for a probability, rounded to the nearest integer: 0.6 -> -150, 0.4 -> +150, 0.5 -> -100 (even money). NULL outside (0, 1).';
GRANT EXECUTE ON FUNCTION staging.implied_probability_to_american(numeric) TO mlb_analyst;

COMMIT;
