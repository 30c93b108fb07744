-- Verify mlb:curated/market_views
BEGIN;
SELECT 1 FROM curated.moneylines WHERE false;
SELECT 1 FROM curated.spreads WHERE false;
SELECT 1 FROM curated.totals WHERE false;
SELECT 1/count(*) FROM pg_views WHERE schemaname = 'curated' AND viewname = 'moneylines' AND definition LIKE '%DISTINCT%';
ROLLBACK;
