-- Deploy mlb:staging/american_to_implied_probability
-- Implied probability of American odds.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE OR REPLACE FUNCTION staging.american_to_implied_probability(american int) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN american >= 100 THEN 100.0 / (american + 100)
  WHEN american <= -100 THEN -american / (-american + 100.0)
END;
COMMENT ON FUNCTION staging.american_to_implied_probability(int) IS 'Implied probability (with the book''s margin) of American odds: -110 -> 0.5238, +150 -> 0.4, +/-100 -> 0.5. NULL for invalid prices.';
GRANT EXECUTE ON FUNCTION staging.american_to_implied_probability(int) TO mlb_analyst;

COMMIT;
