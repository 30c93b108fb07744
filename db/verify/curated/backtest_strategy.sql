-- Verify mlb:curated/backtest_strategy
BEGIN;
SELECT 1 / count(*)::int FROM pg_trigger WHERE tgname = 'backtest_changed_strategy' AND tgrelid = 'curated.strategies'::regclass;
SELECT 1 / prosecdef::int FROM pg_proc WHERE oid = 'curated.backtest_strategy(text)'::regprocedure;
SELECT 1 / has_function_privilege('mlb_analyst', 'curated.backtest_strategy(text)', 'EXECUTE')::int;
ROLLBACK;
