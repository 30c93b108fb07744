-- pgTAP: the contract of change staging/delete_lines_of_deleted_games (a deleted game takes its lines).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'delete_lines_of_deleted_games', ARRAY[]::name[], 'staging.delete_lines_of_deleted_games() exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.delete_lines_of_deleted_games()'::regprocedure), false, 'staging.delete_lines_of_deleted_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.delete_lines_of_deleted_games()'::regprocedure), 'mlb_owner', 'staging.delete_lines_of_deleted_games is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
