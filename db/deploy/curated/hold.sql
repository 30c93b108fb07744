-- Deploy mlb:curated/hold
-- Hold of two sides.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE OR REPLACE FUNCTION curated.hold(side_probability numeric, other_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN side_probability + other_probability > 0 THEN 1 - 1 / (side_probability + other_probability) END;
COMMENT ON FUNCTION curated.hold(numeric, numeric) IS 'The book''s hold: its expected share of money staked on both sides in proportion, 1 - 1 / (p + q) (-110/-110 gives 0.0455).';
GRANT EXECUTE ON FUNCTION curated.hold(numeric, numeric) TO mlb_analyst;

COMMIT;
