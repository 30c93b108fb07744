-- pgTAP: the contract of change raw_data/json_object_or_empty (a JSON value when it is an object, else {}).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('raw_data', 'json_object_or_empty', ARRAY['jsonb']::name[], 'raw_data.json_object_or_empty(jsonb) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.json_object_or_empty(jsonb)'::regprocedure), false, 'raw_data.json_object_or_empty is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.json_object_or_empty(jsonb)'::regprocedure), 'mlb_owner', 'raw_data.json_object_or_empty is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
