-- pgTAP: the contract of change pipeline/enqueue_new_raw_rows (statement trigger function queueing new raw rows).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('pipeline', 'enqueue_new_raw_rows', ARRAY[]::name[], 'pipeline.enqueue_new_raw_rows() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'pipeline.enqueue_new_raw_rows()'::regprocedure), true, 'pipeline.enqueue_new_raw_rows is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.enqueue_new_raw_rows()'::regprocedure), 'mlb_owner', 'pipeline.enqueue_new_raw_rows is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
