-- pgTAP: the contract of change curated/no_vig_multiplicative (no-vig probability, multiplicative).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'no_vig_multiplicative', ARRAY['numeric', 'numeric']::name[], 'curated.no_vig_multiplicative(numeric, numeric) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.no_vig_multiplicative(numeric, numeric)'::regprocedure), false, 'curated.no_vig_multiplicative is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.no_vig_multiplicative(numeric, numeric)'::regprocedure), 'mlb_owner', 'curated.no_vig_multiplicative is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
