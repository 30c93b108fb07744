-- Verify mlb:curated/betting_lines_enhanced
BEGIN;
SELECT 1 FROM curated.betting_lines_enhanced WHERE false;
ROLLBACK;
