-- Verify mlb:curated/rebuild
BEGIN;

SELECT 'curated.rebuild(date)'::regprocedure, 'curated.rebuild_dates(date[])'::regprocedure,
       'curated.refresh_dirty_dates()'::regprocedure, 'curated.reconcile_recent_days(int)'::regprocedure;
SELECT 1 / count(*) FROM cron.job WHERE jobname = 'mlb-curated-refresh';
SELECT 1 / count(*) FROM cron.job WHERE jobname = 'mlb-curated-reconcile';

ROLLBACK;
