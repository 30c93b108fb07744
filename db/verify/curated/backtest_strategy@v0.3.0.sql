-- Verify mlb:curated/backtest_strategy
BEGIN;
SELECT 1 / count(*)::int FROM pg_trigger WHERE tgname = 'backtest_changed_strategy' AND tgrelid = 'curated.strategies'::regclass;
SELECT 'curated.backtest_strategy(text)'::regprocedure;
ROLLBACK;
