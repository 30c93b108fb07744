-- pgTAP: the contract of change staging/match_batch_games (match a batchs source games to games).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'match_batch_games', ARRAY['bigint', 'numeric']::name[], 'staging.match_batch_games(bigint, numeric) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.match_batch_games(bigint, numeric)'::regprocedure), false, 'staging.match_batch_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.match_batch_games(bigint, numeric)'::regprocedure), 'mlb_owner', 'staging.match_batch_games is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
