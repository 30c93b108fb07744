-- Verify mlb:curated/rebuild/consensus
BEGIN;
SELECT 'curated.rebuild_consensus(bigint, bigint[])'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_consensus(bigint,bigint[])'::regprocedure
   AND prosrc LIKE '%stated_decimal_price%' AND prosrc LIKE '%FROM staging.betting_line_rows b%';
ROLLBACK;
