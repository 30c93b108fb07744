-- Verify mlb:curated/reconcile_recent_days
BEGIN;
SELECT 'curated.reconcile_recent_days(int)'::regprocedure;
SELECT 1/count(*) FROM cron.job WHERE jobname = 'mlb-curated-reconcile';
ROLLBACK;
