-- pgTAP: the contract of change curated/rebuild/enhanced_games (curated rebuild step: games and results).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'rebuild_enhanced_games', ARRAY['bigint']::name[], 'curated.rebuild_enhanced_games(bigint) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.rebuild_enhanced_games(bigint)'::regprocedure), false, 'curated.rebuild_enhanced_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.rebuild_enhanced_games(bigint)'::regprocedure), 'mlb_owner', 'curated.rebuild_enhanced_games is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
