-- Verify mlb:curated/rebuild/backtests
BEGIN;
SELECT 'curated.rebuild_backtests(bigint)'::regprocedure;
ROLLBACK;
