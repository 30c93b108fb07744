-- Verify mlb:curated/closing_line_value
BEGIN;
SELECT 'curated.closing_line_value(int, numeric)'::regprocedure;
ROLLBACK;
