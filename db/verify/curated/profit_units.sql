-- Verify mlb:curated/profit_units
BEGIN;
SELECT 'curated.profit_units(text, int)'::regprocedure;
ROLLBACK;
