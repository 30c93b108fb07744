-- pgTAP: the contract of change curated/hold (hold of two sides).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'hold', ARRAY['numeric', 'numeric']::name[], 'curated.hold(numeric, numeric) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.hold(numeric, numeric)'::regprocedure), false, 'curated.hold is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.hold(numeric, numeric)'::regprocedure), 'mlb_owner', 'curated.hold is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
