-- Revert mlb:curated/strategy_results
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.strategy_results;
COMMIT;
