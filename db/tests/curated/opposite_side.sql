-- pgTAP: the contract of change curated/opposite_side (the other side of a two-way market).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'opposite_side', ARRAY['text']::name[], 'curated.opposite_side(text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.opposite_side(text)'::regprocedure), false, 'curated.opposite_side is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.opposite_side(text)'::regprocedure), 'mlb_owner', 'curated.opposite_side is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
