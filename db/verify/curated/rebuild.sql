-- Verify mlb:curated/rebuild
BEGIN;
SELECT 'curated.rebuild(date)'::regprocedure;
ROLLBACK;
