-- Verify mlb:pipeline/housekeeping
BEGIN;
SELECT 'pipeline.housekeeping()'::regprocedure;
SELECT 1/count(*) FROM cron.job WHERE jobname = 'mlb-housekeeping';
ROLLBACK;
