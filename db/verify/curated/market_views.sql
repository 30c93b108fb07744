-- Verify mlb:curated/market_views (reworked after v0.2.1): a game with one side priced shows.
BEGIN;
SELECT 1/count(*) FROM pg_views WHERE schemaname = 'curated' AND viewname = 'moneylines' AND definition LIKE '%DISTINCT%';
ROLLBACK;
