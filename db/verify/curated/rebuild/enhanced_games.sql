-- Verify mlb:curated/rebuild/enhanced_games
BEGIN;
SELECT 'curated.rebuild_enhanced_games(bigint)'::regprocedure;
ROLLBACK;
