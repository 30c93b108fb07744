-- Verify mlb:curated/market_consensus
BEGIN;
SELECT 1 FROM curated.market_consensus WHERE false;
ROLLBACK;
