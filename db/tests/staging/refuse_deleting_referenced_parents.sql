-- pgTAP: the contract of change staging/refuse_deleting_referenced_parents (parents of betting lines cannot be deleted while referenced).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'refuse_deleting_referenced_parents', ARRAY[]::name[], 'staging.refuse_deleting_referenced_parents() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.refuse_deleting_referenced_parents()'::regprocedure), false, 'staging.refuse_deleting_referenced_parents is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.refuse_deleting_referenced_parents()'::regprocedure), 'mlb_owner', 'staging.refuse_deleting_referenced_parents is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
