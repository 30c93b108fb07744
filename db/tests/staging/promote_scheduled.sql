-- pgTAP: the contract of change staging/promote_scheduled (the every-minute promotion job).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(4);

SELECT has_function('staging', 'promote_scheduled', ARRAY[]::name[], 'staging.promote_scheduled() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.promote_scheduled()'::regprocedure), true, 'staging.promote_scheduled is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.promote_scheduled()'::regprocedure), 'mlb_owner', 'staging.promote_scheduled is owned by mlb_owner');
SELECT results_eq($$SELECT schedule FROM cron.job WHERE jobname = 'mlb-staging-promote'$$, $$VALUES ('* * * * *'::text)$$, 'pg_cron job mlb-staging-promote runs at * * * * *');

SELECT * FROM finish();
ROLLBACK;
