-- pgTAP: the contract of change pipeline/mark_dates_dirty (statement triggers marking changed dates).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('pipeline', 'mark_dates_dirty', ARRAY[]::name[], 'pipeline.mark_dates_dirty() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'pipeline.mark_dates_dirty()'::regprocedure), true, 'pipeline.mark_dates_dirty is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.mark_dates_dirty()'::regprocedure), 'mlb_owner', 'pipeline.mark_dates_dirty is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
