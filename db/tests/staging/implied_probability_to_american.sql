-- pgTAP: the contract of change staging/implied_probability_to_american (american odds of a probability).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'implied_probability_to_american', ARRAY['numeric']::name[], 'staging.implied_probability_to_american(numeric) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.implied_probability_to_american(numeric)'::regprocedure), false, 'staging.implied_probability_to_american is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.implied_probability_to_american(numeric)'::regprocedure), 'mlb_owner', 'staging.implied_probability_to_american is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
