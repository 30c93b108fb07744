-- Revert mlb:curated/market_views
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.totals;
DROP VIEW curated.spreads;
DROP VIEW curated.moneylines;
COMMIT;
