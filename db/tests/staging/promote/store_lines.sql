-- pgTAP: the contract of change staging/promote/store_lines (promotion step: prices stored).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'promote_store_lines', ARRAY['bigint']::name[], 'staging.promote_store_lines(bigint) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.promote_store_lines(bigint)'::regprocedure), false, 'staging.promote_store_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.promote_store_lines(bigint)'::regprocedure), 'mlb_owner', 'staging.promote_store_lines is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
