-- Revert mlb:curated/rebuild/enhanced_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_enhanced_games(bigint);
COMMIT;
