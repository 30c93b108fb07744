-- Verify mlb:curated/grade_bet
BEGIN;
SELECT 'curated.grade_bet(text, text, numeric, int, int, text)'::regprocedure;
ROLLBACK;
