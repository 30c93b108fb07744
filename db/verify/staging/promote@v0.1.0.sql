-- Verify mlb:staging/promote
BEGIN;

SELECT 'staging.promote(int)'::regprocedure, 'staging.rebuild(date)'::regprocedure,
       'staging.promote_raw_rows(bigint)'::regprocedure, 'staging.promote_scheduled()'::regprocedure;
SELECT 1 / count(*) FROM cron.job WHERE jobname = 'mlb-staging-promote' AND schedule = '* * * * *';

ROLLBACK;
