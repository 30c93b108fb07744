-- Verify mlb:staging/promote/store_lines (reworked after v0.3.0): a reason names the market type.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_store_lines(bigint)'::regprocedure AND prosrc LIKE '%nullif(l.market, l.source_market)%';
ROLLBACK;
