-- pgTAP: the contract of change curated/refresh_dirty_dates (the every-minute curated job).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(4);

SELECT has_function('curated', 'refresh_dirty_dates', ARRAY[]::name[], 'curated.refresh_dirty_dates() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.refresh_dirty_dates()'::regprocedure), true, 'curated.refresh_dirty_dates is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.refresh_dirty_dates()'::regprocedure), 'mlb_owner', 'curated.refresh_dirty_dates is owned by mlb_owner');
SELECT results_eq($$SELECT schedule FROM cron.job WHERE jobname = 'mlb-curated-refresh'$$, $$VALUES ('* * * * *'::text)$$, 'pg_cron job mlb-curated-refresh runs at * * * * *');

SELECT * FROM finish();
ROLLBACK;
