-- Verify mlb:curated/refresh_dirty_dates
BEGIN;
SELECT 'curated.refresh_dirty_dates()'::regprocedure;
SELECT 1/count(*) FROM cron.job WHERE jobname = 'mlb-curated-refresh';
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.refresh_dirty_dates()'::regprocedure AND prosrc LIKE '%p_shared => true%';
ROLLBACK;
