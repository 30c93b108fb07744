-- Revert mlb:curated/market_consensus
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.market_consensus;
COMMIT;
