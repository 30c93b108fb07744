-- Deploy mlb:curated/overround
-- Overround of two sides.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.overround(side_probability numeric, other_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN side_probability + other_probability - 1;
COMMENT ON FUNCTION curated.overround(numeric, numeric) IS 'Overround of a two-way market: the implied probabilities'' sum minus 1 (-110/-110 gives 0.0476).';
GRANT EXECUTE ON FUNCTION curated.overround(numeric, numeric) TO mlb_analyst;

COMMIT;
