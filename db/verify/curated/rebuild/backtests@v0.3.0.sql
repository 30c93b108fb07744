-- Verify mlb:curated/rebuild/backtests
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_backtests(bigint, text)'::regprocedure
   AND prosrc LIKE '%require_signals%' AND prosrc LIKE '%best_price_at%';
ROLLBACK;
