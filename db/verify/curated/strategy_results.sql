-- Verify mlb:curated/strategy_results
BEGIN;
SELECT 1 FROM curated.strategy_results WHERE false;
SELECT stated_decimal_price FROM curated.strategy_results WHERE false;
ROLLBACK;
