-- pgTAP: the contract of change staging/normalize_name (name normalised for alias lookups).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'normalize_name', ARRAY['text']::name[], 'staging.normalize_name(text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.normalize_name(text)'::regprocedure), false, 'staging.normalize_name is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.normalize_name(text)'::regprocedure), 'mlb_owner', 'staging.normalize_name is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
