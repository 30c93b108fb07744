-- pgTAP: the contract of change pipeline/housekeeping (the daily housekeeping job).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(4);

SELECT has_function('pipeline', 'housekeeping', ARRAY[]::name[], 'pipeline.housekeeping() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'pipeline.housekeeping()'::regprocedure), true, 'pipeline.housekeeping is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.housekeeping()'::regprocedure), current_user::text, 'pipeline.housekeeping is owned by the deploying superuser');
SELECT results_eq($$SELECT schedule FROM cron.job WHERE jobname = 'mlb-housekeeping'$$, $$VALUES ('0 10 * * *'::text)$$, 'pg_cron job mlb-housekeeping runs at 0 10 * * *');

SELECT * FROM finish();
ROLLBACK;
