-- pgTAP: the contract of change curated/rebuild/steam (curated rebuild step: steam).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'rebuild_steam', ARRAY['bigint', 'bigint[]']::name[], 'curated.rebuild_steam(bigint, bigint[]) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.rebuild_steam(bigint, bigint[])'::regprocedure), false, 'curated.rebuild_steam is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.rebuild_steam(bigint, bigint[])'::regprocedure), 'mlb_owner', 'curated.rebuild_steam is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
