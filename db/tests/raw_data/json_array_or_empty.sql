-- pgTAP: raw_data/json_array_or_empty (a JSON value when it is an array, else []): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(4);

SELECT is(raw_data.json_array_or_empty('[1, 2]'), '[1, 2]'::jsonb, 'an array as it is');
SELECT is(raw_data.json_array_or_empty('{"a": 1}'), '[]'::jsonb, 'an object: []');
SELECT is(raw_data.json_array_or_empty('"x"'), '[]'::jsonb, 'a string: []');
SELECT is(raw_data.json_array_or_empty(NULL), '[]'::jsonb, 'nothing: []');

SELECT * FROM finish();
ROLLBACK;
