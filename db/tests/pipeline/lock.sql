-- pgTAP: pipeline.lock takes a lock row, or says it is held.
BEGIN;
SELECT plan(4);
SELECT has_function('pipeline', 'lock', ARRAY['text', 'boolean'], 'pipeline.lock exists');
SELECT ok(pipeline.lock('staging.promote'), 'taking a free lock succeeds');
SELECT ok(pipeline.lock('staging.promote', false), 'a transaction holding it may take it again');
SELECT throws_ok($$SELECT pipeline.lock('no.such')$$, '22023', 'no pipeline lock named no.such', 'an unknown lock is an error');
SELECT * FROM finish();
ROLLBACK;
