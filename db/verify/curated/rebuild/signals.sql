-- Verify mlb:curated/rebuild/signals
BEGIN;
SELECT 'curated.rebuild_signals(bigint, bigint[])'::regprocedure;
ROLLBACK;
