-- Verify mlb:curated/rebuild/backtests (reworked after v0.2.2): one strategy alone, composed filters read.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_backtests(bigint, text)'::regprocedure
   AND prosrc LIKE '%require_signals%' AND prosrc LIKE '%best_price_at%';
ROLLBACK;
