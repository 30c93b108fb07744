-- pgTAP: the contract of change pipeline/setting (a setting as JSON).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(5);

SELECT has_function('pipeline', 'setting', ARRAY['text']::name[], 'pipeline.setting(text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'pipeline.setting(text)'::regprocedure), false, 'pipeline.setting is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.setting(text)'::regprocedure), 'mlb_owner', 'pipeline.setting is owned by mlb_owner');

SELECT is(pipeline.setting('signals.steam_min_books'), '3'::jsonb, 'a setting''s value as JSON');
SELECT is(pipeline.setting('no.such.key'), NULL, 'an unknown key is NULL');

SELECT * FROM finish();
ROLLBACK;
