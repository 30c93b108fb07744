-- pgTAP: pipeline.lock_shared takes a lock row in share mode (two sessions sharing it and
-- excluding pipeline.lock are shown in agent/tests/test_parallel.py).
BEGIN;
SELECT plan(5);
SELECT has_function('pipeline', 'lock_shared', ARRAY['text', 'boolean'], 'pipeline.lock_shared exists');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.lock_shared(text, boolean)'::regprocedure), 'mlb_owner', 'pipeline.lock_shared is owned by mlb_owner');
SELECT ok(pipeline.lock_shared('staging.promote', false), 'taking a free lock in share mode succeeds');
SELECT ok(pipeline.lock('staging.promote', false), 'the same transaction may then take it alone');
SELECT throws_ok($$SELECT pipeline.lock_shared('no.such')$$, '22023', 'no pipeline lock named no.such', 'an unknown lock is an error');
SELECT * FROM finish();
ROLLBACK;
