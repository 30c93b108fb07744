-- pgTAP: the contract of change curated/profit_units (profit at the price taken).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'profit_units', ARRAY['text', 'int']::name[], 'curated.profit_units(text, int) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.profit_units(text, int)'::regprocedure), false, 'curated.profit_units is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.profit_units(text, int)'::regprocedure), 'mlb_owner', 'curated.profit_units is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
