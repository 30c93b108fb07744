-- Verify mlb:curated/side_name_on
BEGIN;
SELECT 'curated.side_name_on(text, text, text, date)'::regprocedure;
ROLLBACK;
