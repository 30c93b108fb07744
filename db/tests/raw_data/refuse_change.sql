-- pgTAP: the contract of change raw_data/refuse_change (append-only trigger function for raw tables and the log).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('raw_data', 'refuse_change', ARRAY[]::name[], 'raw_data.refuse_change() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.refuse_change()'::regprocedure), false, 'raw_data.refuse_change is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.refuse_change()'::regprocedure), 'mlb_owner', 'raw_data.refuse_change is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
