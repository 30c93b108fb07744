-- Deploy mlb:curated/profit_units
-- Profit at the price taken.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.profit_units(result text, american_price int) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE result
  WHEN 'win' THEN CASE WHEN american_price > 0 THEN american_price / 100.0 ELSE 100.0 / -american_price END
  WHEN 'loss' THEN -1
  ELSE 0 END;
COMMENT ON FUNCTION curated.profit_units(text, int) IS 'Profit of a 1-unit stake at the American odds actually taken: a win at +150 pays 1.5, at -120 pays 0.8333; a loss costs 1; push and void return the stake (0).';
GRANT EXECUTE ON FUNCTION curated.profit_units(text, int) TO mlb_analyst;

COMMIT;
