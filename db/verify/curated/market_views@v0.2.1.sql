-- Verify mlb:curated/market_views
BEGIN;
SELECT 1 FROM curated.moneylines WHERE false;
SELECT 1 FROM curated.spreads WHERE false;
SELECT 1 FROM curated.totals WHERE false;
ROLLBACK;
