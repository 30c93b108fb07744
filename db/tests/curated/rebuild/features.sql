-- pgTAP: the contract of change curated/rebuild/features (curated rebuild step: feature vectors).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'rebuild_features', ARRAY['bigint', 'date[]']::name[], 'curated.rebuild_features(bigint, date[]) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.rebuild_features(bigint, date[])'::regprocedure), false, 'curated.rebuild_features is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.rebuild_features(bigint, date[])'::regprocedure), 'mlb_owner', 'curated.rebuild_features is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
