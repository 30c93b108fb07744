-- pgTAP: the contract of change curated/reconcile_recent_days (the nightly reconcile job).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(4);

SELECT has_function('curated', 'reconcile_recent_days', ARRAY['int']::name[], 'curated.reconcile_recent_days(int) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.reconcile_recent_days(int)'::regprocedure), true, 'curated.reconcile_recent_days is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.reconcile_recent_days(int)'::regprocedure), 'mlb_owner', 'curated.reconcile_recent_days is owned by mlb_owner');
SELECT results_eq($$SELECT schedule FROM cron.job WHERE jobname = 'mlb-curated-reconcile'$$, $$VALUES ('30 9 * * *'::text)$$, 'pg_cron job mlb-curated-reconcile runs at 30 9 * * *');

SELECT * FROM finish();
ROLLBACK;
