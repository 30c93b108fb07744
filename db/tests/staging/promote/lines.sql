-- pgTAP: the contract of change staging/promote/lines (promotion step: prices parsed, checked, scored).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'promote_lines', ARRAY['bigint']::name[], 'staging.promote_lines(bigint) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.promote_lines(bigint)'::regprocedure), false, 'staging.promote_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.promote_lines(bigint)'::regprocedure), 'mlb_owner', 'staging.promote_lines is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
