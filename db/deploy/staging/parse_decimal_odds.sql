-- Deploy mlb:staging/parse_decimal_odds
-- Decimal odds from text.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Decimal odds are written with a decimal point (The Odds API with oddsFormat=decimal:
-- 2.02, 2.0, 1.74); American odds never are between -100 and +100 and are whole. A
-- positive number under 100 with a decimal point is therefore decimal odds, exactly
-- as written; anything else is not (NULL). Not STRICT, so it can be inlined.
CREATE OR REPLACE FUNCTION staging.parse_decimal_odds(price_text text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN btrim(price_text) ~ '^\d{1,2}\.\d{1,6}$' THEN btrim(price_text)::numeric END;
COMMENT ON FUNCTION staging.parse_decimal_odds(text) IS 'Decimal odds exactly as written when the text is a positive number under 100 with a decimal point (2.02, 2.0, 1.74; 0.95 too, which staging rejects as decimal_price_not_above_1); NULL otherwise (American odds such as -110, +150 or 150.0 are whole and never under 100 in size).';
GRANT EXECUTE ON FUNCTION staging.parse_decimal_odds(text) TO mlb_analyst;

COMMIT;
