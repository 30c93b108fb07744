-- Revert mlb:curated/market_views
BEGIN;

DROP VIEW curated.totals;
DROP VIEW curated.spreads;
DROP VIEW curated.moneylines;

COMMIT;
