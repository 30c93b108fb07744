-- pgTAP: pipeline.deployed_changes reads the sqitch registry for everyone who may see status.
BEGIN;
SELECT plan(3);
SELECT is((SELECT deployed FROM pipeline.deployed_changes()), (SELECT count(*) FROM sqitch.changes WHERE project = 'mlb'), 'every deployed change counted');
SELECT ok((SELECT last_change IS NOT NULL FROM pipeline.deployed_changes()), 'the last change is named');
SELECT ok(has_function_privilege('mlb_analyst', 'pipeline.deployed_changes()', 'EXECUTE'), 'the analyst may call it');
SELECT * FROM finish();
ROLLBACK;
