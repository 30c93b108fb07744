-- pgTAP: the contract of change staging/check_betting_line_references (set-based reference check of betting lines).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'check_betting_line_references', ARRAY[]::name[], 'staging.check_betting_line_references() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.check_betting_line_references()'::regprocedure), false, 'staging.check_betting_line_references is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.check_betting_line_references()'::regprocedure), 'mlb_owner', 'staging.check_betting_line_references is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
