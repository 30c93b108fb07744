-- Deploy mlb:curated/no_vig_additive
-- No-vig probability, additive.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.no_vig_additive(side_probability numeric, other_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN side_probability - (side_probability + other_probability - 1) / 2;
COMMENT ON FUNCTION curated.no_vig_additive(numeric, numeric) IS 'Fair probability by the additive method: the overround split equally, p - (p + q - 1) / 2. For a two-way market this equals Shin''s method; it differs from the multiplicative method when the prices are unequal.';
GRANT EXECUTE ON FUNCTION curated.no_vig_additive(numeric, numeric) TO mlb_analyst;

COMMIT;
