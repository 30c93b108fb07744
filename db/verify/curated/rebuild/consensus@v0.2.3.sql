-- Verify mlb:curated/rebuild/consensus (reworked after v0.2.1): best prices by exact decimal odds.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_consensus(bigint,bigint[])'::regprocedure AND prosrc LIKE '%stated_decimal_price%';
ROLLBACK;
