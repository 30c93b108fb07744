-- Verify mlb:curated/movement_analysis
BEGIN;
SELECT 1 FROM curated.movement_analysis WHERE false;
ROLLBACK;
