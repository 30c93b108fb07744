-- Revert mlb:curated/strategy_results (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE curated.strategy_results DROP COLUMN stated_decimal_price;
COMMIT;
