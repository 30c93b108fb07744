-- Verify mlb:curated/rebuild/dates
BEGIN;
SELECT 'curated.rebuild_dates(date[])'::regprocedure;
ROLLBACK;
