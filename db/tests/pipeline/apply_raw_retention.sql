-- pgTAP: the contract of change pipeline/apply_raw_retention (logged raw retention).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('pipeline', 'apply_raw_retention', ARRAY['interval', 'boolean']::name[], 'pipeline.apply_raw_retention(interval, boolean) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'pipeline.apply_raw_retention(interval, boolean)'::regprocedure), true, 'pipeline.apply_raw_retention is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.apply_raw_retention(interval, boolean)'::regprocedure), 'mlb_owner', 'pipeline.apply_raw_retention is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
