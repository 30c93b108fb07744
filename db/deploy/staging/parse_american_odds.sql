-- Deploy mlb:staging/parse_american_odds
-- American odds from text.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE OR REPLACE FUNCTION staging.parse_american_odds(price_text text) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN rtrim(price_text, '0123456789') IN ('', '+', '-')
   AND length(price_text) - length(rtrim(price_text, '0123456789')) BETWEEN 1 AND 6 THEN price_text::int
  WHEN upper(btrim(price_text)) IN ('EVEN', 'EV', 'EVS') THEN 100
  WHEN btrim(price_text) ~ '^[+-]?\d{1,6}(\.0+)?$' THEN btrim(price_text)::numeric::int
END;
COMMENT ON FUNCTION staging.parse_american_odds(text) IS 'American odds from text: +150 -> 150, -110 -> -110, 100 -> 100, EVEN/EV -> 100. PK, empty strings and anything else give NULL (PK is a line, not a price). The usual form (a sign at most and one to six digits) is read without a pattern.';
GRANT EXECUTE ON FUNCTION staging.parse_american_odds(text) TO mlb_analyst;

COMMIT;
