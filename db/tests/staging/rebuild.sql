-- pgTAP: the contract of change staging/rebuild (re-derive one date from raw).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'rebuild', ARRAY['date']::name[], 'staging.rebuild(date) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.rebuild(date)'::regprocedure), true, 'staging.rebuild is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.rebuild(date)'::regprocedure), 'mlb_owner', 'staging.rebuild is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
