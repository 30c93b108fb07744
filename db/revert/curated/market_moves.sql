-- Revert mlb:curated/market_moves
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.market_moves;
COMMIT;
