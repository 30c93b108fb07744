-- pgTAP: pipeline/setting_numeric (a numeric setting): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT is(pipeline.setting_numeric('signals.steam_min_books'), 3::numeric, 'a number');
SELECT is(pipeline.setting_numeric('signals.rlm_min_probability_move'), 0.015, 'a fraction, exact');
SELECT is(pipeline.setting_numeric('no.such.key'), NULL, 'an unknown key: NULL (the caller says its default)');

SELECT * FROM finish();
ROLLBACK;
