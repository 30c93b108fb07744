-- Deploy mlb:staging/parse_requested_decimal_odds
-- Decimal odds from a payload whose request asked for decimal odds.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The request said decimal, so every price is decimal odds, however it is written:
-- 2 is even money (JavaScript and jq write 2.0 as 2), 11 is +1000. Not STRICT, so it
-- can be inlined.
CREATE OR REPLACE FUNCTION staging.parse_requested_decimal_odds(price_text text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN btrim(price_text) ~ '^\d{1,4}(\.\d{1,8})?$' THEN btrim(price_text)::numeric END;
COMMENT ON FUNCTION staging.parse_requested_decimal_odds(text) IS 'Decimal odds exactly as written, for a payload whose request asked for decimal odds (raw_data.payload_tables.price_format_param): any unsigned number, with or without a decimal point (2 is even money, 1.74 is 1.74); NULL otherwise (-110 is no decimal price). Staging rejects one not above 1 as decimal_price_not_above_1.';
GRANT EXECUTE ON FUNCTION staging.parse_requested_decimal_odds(text) TO mlb_analyst;

COMMIT;
