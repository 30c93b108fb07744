-- pgTAP: the contract of change curated/rebuild/dates (curated rebuild of dates: the orchestrator of the steps).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(4);

SELECT has_function('curated', 'rebuild_dates', ARRAY['date[]']::name[], 'curated.rebuild_dates(date[]) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.rebuild_dates(date[])'::regprocedure), true, 'curated.rebuild_dates is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.rebuild_dates(date[])'::regprocedure), 'mlb_owner', 'curated.rebuild_dates is owned by mlb_owner');

SELECT ok((SELECT 'random_page_cost=1.1' = ANY (proconfig) FROM pg_proc WHERE oid = 'curated.rebuild_dates(date[])'::regprocedure),
          'curated.rebuild_dates plans for cached lines (random_page_cost 1.1)');

SELECT * FROM finish();
ROLLBACK;
