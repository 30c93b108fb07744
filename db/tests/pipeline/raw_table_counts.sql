-- pgTAP: the contract of change pipeline/raw_table_counts (rows and newest fetch per raw table).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('pipeline', 'raw_table_counts', ARRAY[]::name[], 'pipeline.raw_table_counts() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'pipeline.raw_table_counts()'::regprocedure), true, 'pipeline.raw_table_counts is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.raw_table_counts()'::regprocedure), 'mlb_owner', 'pipeline.raw_table_counts is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
