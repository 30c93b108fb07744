-- Verify mlb:curated/rebuild/consensus (reworked after v0.2.3): the best pre-game price is read from the stored codes.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_consensus(bigint,bigint[])'::regprocedure
   AND prosrc LIKE '%stated_decimal_price%' AND prosrc LIKE '%FROM staging.betting_line_rows b%';
ROLLBACK;
