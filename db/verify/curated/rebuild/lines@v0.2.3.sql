-- Verify mlb:curated/rebuild/lines (reworked after v0.2.1): probabilities from the exact prices.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_lines(bigint,bigint[])'::regprocedure AND prosrc LIKE '%stated_decimal_price%';
ROLLBACK;
