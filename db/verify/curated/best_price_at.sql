-- Verify mlb:curated/best_price_at
BEGIN;
SELECT american_price, decimal_price, stated_decimal_price, sportsbook_id, line, observed_at, books
  FROM curated.best_price_at(-1, 'moneyline', 'home', now());
ROLLBACK;
