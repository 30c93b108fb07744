-- Verify mlb:curated/refresh_dirty_dates
BEGIN;
SELECT 'curated.refresh_dirty_dates()'::regprocedure;
SELECT 1/count(*) FROM cron.job WHERE jobname = 'mlb-curated-refresh';
ROLLBACK;
