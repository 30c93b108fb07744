-- Revert mlb:curated/strategy_skips
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.strategy_skips;
COMMIT;
