-- pgTAP: the contract of change curated/rebuild/clear (curated rebuild step: clear the dates).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'rebuild_clear', ARRAY['date[]']::name[], 'curated.rebuild_clear(date[]) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.rebuild_clear(date[])'::regprocedure), false, 'curated.rebuild_clear is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.rebuild_clear(date[])'::regprocedure), 'mlb_owner', 'curated.rebuild_clear is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
