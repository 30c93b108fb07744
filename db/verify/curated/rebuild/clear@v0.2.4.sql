-- Verify mlb:curated/rebuild/clear
BEGIN;
SELECT 'curated.rebuild_clear(date[])'::regprocedure;
ROLLBACK;
