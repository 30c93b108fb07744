-- pgTAP: the contract of change curated/overround (overround of two sides).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'overround', ARRAY['numeric', 'numeric']::name[], 'curated.overround(numeric, numeric) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.overround(numeric, numeric)'::regprocedure), false, 'curated.overround is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.overround(numeric, numeric)'::regprocedure), 'mlb_owner', 'curated.overround is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
