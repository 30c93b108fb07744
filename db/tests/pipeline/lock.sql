-- pgTAP: pipeline.lock takes a lock row, or says it is held.
BEGIN;
SELECT plan(6);
SELECT ok(pipeline.lock('staging.promote'), 'taking a free lock succeeds');
SELECT ok(pipeline.lock('staging.promote', false), 'a transaction holding it may take it again');
SELECT throws_ok($$SELECT pipeline.lock('no.such')$$, '22023', 'no pipeline lock named no.such', 'an unknown lock is an error');
-- Share mode (reworked after v0.2.3); two sessions sharing it and excluding a lone holder: agent/tests/test_parallel.py.
SELECT ok(pipeline.lock('curated.refresh', false, true), 'a free lock may be taken in share mode');
SELECT ok(pipeline.lock('curated.refresh', false), 'the same transaction may then take it alone');
SELECT throws_ok($$SELECT pipeline.lock('no.such', true, true)$$, '22023', 'no pipeline lock named no.such', 'an unknown lock is an error in share mode too');
SELECT * FROM finish();
ROLLBACK;
