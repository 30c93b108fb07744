-- Verify mlb:staging/promote_scheduled
BEGIN;
SELECT 'staging.promote_scheduled()'::regprocedure;
SELECT 1/count(*) FROM cron.job WHERE jobname = 'mlb-staging-promote';
ROLLBACK;
