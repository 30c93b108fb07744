-- Verify mlb:curated/rebuild/backtests (reworked after v0.2.1): no favourite on equal prices; skips recorded.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_backtests(bigint)'::regprocedure AND prosrc LIKE '%strategy_skips%';
ROLLBACK;
