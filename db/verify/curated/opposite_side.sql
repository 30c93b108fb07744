-- Verify mlb:curated/opposite_side
BEGIN;
SELECT 'curated.opposite_side(text)'::regprocedure;
ROLLBACK;
