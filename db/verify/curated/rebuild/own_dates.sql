-- Verify mlb:curated/rebuild/own_dates
BEGIN;
SELECT 'curated.rebuild_own_dates(date[])'::regprocedure;
ROLLBACK;
