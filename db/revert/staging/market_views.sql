-- Revert mlb:staging/market_views
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW staging.totals;
DROP VIEW staging.spreads;
DROP VIEW staging.moneylines;
COMMIT;
