-- Revert mlb:curated/enhanced_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.enhanced_games;
COMMIT;
