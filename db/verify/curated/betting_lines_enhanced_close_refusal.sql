-- Verify mlb:curated/betting_lines_enhanced_close_refusal
BEGIN;
SELECT close_confirmed_at, close_refusal FROM curated.betting_lines_enhanced WHERE false;
ROLLBACK;
