-- pgTAP: the contract of change staging/promote/metrics (promotion step: quality metrics and counts).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'promote_metrics', ARRAY['bigint']::name[], 'staging.promote_metrics(bigint) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.promote_metrics(bigint)'::regprocedure), false, 'staging.promote_metrics is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.promote_metrics(bigint)'::regprocedure), 'mlb_owner', 'staging.promote_metrics is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
