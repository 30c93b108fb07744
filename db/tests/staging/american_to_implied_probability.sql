-- pgTAP: the contract of change staging/american_to_implied_probability (implied probability of American odds).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'american_to_implied_probability', ARRAY['int']::name[], 'staging.american_to_implied_probability(int) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.american_to_implied_probability(int)'::regprocedure), false, 'staging.american_to_implied_probability is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.american_to_implied_probability(int)'::regprocedure), 'mlb_owner', 'staging.american_to_implied_probability is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
