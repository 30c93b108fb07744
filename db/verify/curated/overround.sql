-- Verify mlb:curated/overround
BEGIN;
SELECT 'curated.overround(numeric, numeric)'::regprocedure;
ROLLBACK;
