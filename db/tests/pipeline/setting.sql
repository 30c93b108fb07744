-- pgTAP: pipeline/setting (a setting as JSON): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(2);

SELECT is(pipeline.setting('signals.steam_min_books'), '3'::jsonb, 'a setting''s value as JSON');
SELECT is(pipeline.setting('no.such.key'), NULL, 'an unknown key is NULL');

SELECT * FROM finish();
ROLLBACK;
