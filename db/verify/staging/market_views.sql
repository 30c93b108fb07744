-- Verify mlb:staging/market_views
BEGIN;
SELECT 1 FROM staging.moneylines WHERE false;
SELECT 1 FROM staging.spreads WHERE false;
SELECT 1 FROM staging.totals WHERE false;
ROLLBACK;
