-- Revert mlb:curated/backtest_strategy
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER backtest_changed_strategy ON curated.strategies;
DROP FUNCTION curated.backtest_changed_strategy();
DROP FUNCTION curated.backtest_strategy(text);
COMMIT;
