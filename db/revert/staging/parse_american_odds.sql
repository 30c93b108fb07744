-- Revert mlb:staging/parse_american_odds (reworked after v0.2.3): the v0.2.3 body, without the fast path
-- (its deploy script says CREATE FUNCTION, which cannot replace the function, so the body is here).
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE OR REPLACE FUNCTION staging.parse_american_odds(price_text text) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN upper(btrim(price_text)) IN ('EVEN', 'EV', 'EVS') THEN 100
  WHEN btrim(price_text) ~ '^[+-]?\d{1,6}(\.0+)?$' THEN btrim(price_text)::numeric::int
END;
COMMENT ON FUNCTION staging.parse_american_odds(text) IS 'American odds from text: +150 -> 150, -110 -> -110, 100 -> 100, EVEN/EV -> 100. PK, empty strings and anything else give NULL (PK is a line, not a price).';

COMMIT;
