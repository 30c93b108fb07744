-- pgTAP: the contract of change pipeline/lineage (the chain behind a game).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('pipeline', 'lineage', ARRAY['bigint']::name[], 'pipeline.lineage(bigint) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'pipeline.lineage(bigint)'::regprocedure), true, 'pipeline.lineage is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'pipeline.lineage(bigint)'::regprocedure), 'mlb_owner', 'pipeline.lineage is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
