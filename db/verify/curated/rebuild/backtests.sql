-- Verify mlb:curated/rebuild/backtests (reworked after v0.3.0): no_favourite needs both sides priced.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_backtests(bigint, text)'::regprocedure
   AND prosrc LIKE '%s.sides_known = 2%';
ROLLBACK;
