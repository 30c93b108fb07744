-- Verify mlb:curated/betting_analysis
BEGIN;
SELECT 1 FROM curated.betting_analysis WHERE false;
ROLLBACK;
