-- Revert mlb:curated/strategies
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.strategies;
COMMIT;
