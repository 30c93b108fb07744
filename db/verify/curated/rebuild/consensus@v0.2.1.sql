-- Verify mlb:curated/rebuild/consensus
BEGIN;
SELECT 'curated.rebuild_consensus(bigint, bigint[])'::regprocedure;
ROLLBACK;
