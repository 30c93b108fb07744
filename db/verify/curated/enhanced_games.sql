-- Verify mlb:curated/enhanced_games
BEGIN;
SELECT 1 FROM curated.enhanced_games WHERE false;
ROLLBACK;
