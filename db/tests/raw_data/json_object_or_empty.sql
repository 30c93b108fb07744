-- pgTAP: raw_data/json_object_or_empty (a JSON value when it is an object, else {}): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(4);

SELECT is(raw_data.json_object_or_empty('{"a": 1}'), '{"a": 1}'::jsonb, 'an object as it is');
SELECT is(raw_data.json_object_or_empty('[1]'), '{}'::jsonb, 'an array: {}');
SELECT is(raw_data.json_object_or_empty('null'), '{}'::jsonb, 'JSON null: {}');
SELECT is(raw_data.json_object_or_empty(NULL), '{}'::jsonb, 'nothing: {}');

SELECT * FROM finish();
ROLLBACK;
