-- pgTAP: the contract of change staging/promote/raw_rows (promotion of a batch: the orchestrator of the steps).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'promote_raw_rows', ARRAY['bigint']::name[], 'staging.promote_raw_rows(bigint) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.promote_raw_rows(bigint)'::regprocedure), false, 'staging.promote_raw_rows is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.promote_raw_rows(bigint)'::regprocedure), 'mlb_owner', 'staging.promote_raw_rows is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
