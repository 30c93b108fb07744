-- pgTAP: the contract of change staging/promote/source_games (promotion step: other sources games).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'promote_source_games', ARRAY['bigint']::name[], 'staging.promote_source_games(bigint) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.promote_source_games(bigint)'::regprocedure), false, 'staging.promote_source_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.promote_source_games(bigint)'::regprocedure), 'mlb_owner', 'staging.promote_source_games is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
