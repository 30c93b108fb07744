-- pgTAP: the contract of change staging/promote/openers (promotion step: opener flags).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'promote_openers', ARRAY[]::name[], 'staging.promote_openers() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.promote_openers()'::regprocedure), false, 'staging.promote_openers is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.promote_openers()'::regprocedure), 'mlb_owner', 'staging.promote_openers is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
