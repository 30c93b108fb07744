-- Verify mlb:curated/rebuild/lines
BEGIN;
SELECT 'curated.rebuild_lines(bigint, bigint[])'::regprocedure;
ROLLBACK;
