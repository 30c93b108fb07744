-- pgTAP: the contract of change curated/closing_line_value (closing line value of a price).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'closing_line_value', ARRAY['int', 'numeric']::name[], 'curated.closing_line_value(int, numeric) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.closing_line_value(int, numeric)'::regprocedure), false, 'curated.closing_line_value is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.closing_line_value(int, numeric)'::regprocedure), 'mlb_owner', 'curated.closing_line_value is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
