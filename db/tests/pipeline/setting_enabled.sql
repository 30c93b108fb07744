-- pgTAP: the contract of change pipeline/setting_enabled (a boolean setting).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('pipeline', 'setting_enabled', ARRAY['text']::name[], 'pipeline.setting_enabled(text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'pipeline.setting_enabled(text)'::regprocedure), false, 'pipeline.setting_enabled is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.setting_enabled(text)'::regprocedure), 'mlb_owner', 'pipeline.setting_enabled is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
