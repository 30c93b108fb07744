-- Verify mlb:curated/strategy_results (reworked after v0.2.1): the exact decimal price taken.
BEGIN;
SELECT stated_decimal_price FROM curated.strategy_results WHERE false;
ROLLBACK;
