-- Deploy mlb:curated/strategy_results (reworked after v0.2.1)
-- A bet is graded at the exact price taken: when the source stated decimal
-- odds, that price (american_price is its rounded figure).
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE curated.strategy_results ADD COLUMN stated_decimal_price numeric CHECK (stated_decimal_price > 1);
COMMENT ON COLUMN curated.strategy_results.stated_decimal_price IS 'The price taken exactly as the source stated it when that was decimal odds (NULL for American odds); profit_units and closing_line_value are then computed from it, american_price being its rounded figure.';

COMMIT;
