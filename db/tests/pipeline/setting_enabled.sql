-- pgTAP: pipeline/setting_enabled (a boolean setting): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT is(pipeline.setting_enabled('pipeline.staging_enabled'), true, 'a switch that is on');
UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.staging_enabled';
SELECT is(pipeline.setting_enabled('pipeline.staging_enabled'), false, 'and off');
SELECT is(pipeline.setting_enabled('no.such.switch'), false, 'an unknown switch is off, never NULL');

SELECT * FROM finish();
ROLLBACK;
