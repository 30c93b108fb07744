-- Verify mlb:staging/promote_scheduled
BEGIN;
SELECT 1/count(*) FROM cron.job WHERE jobname = 'mlb-staging-promote';
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_scheduled(int)'::regprocedure AND prosrc LIKE '%promote_partition%';
ROLLBACK;
