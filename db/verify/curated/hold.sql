-- Verify mlb:curated/hold
BEGIN;
SELECT 'curated.hold(numeric, numeric)'::regprocedure;
ROLLBACK;
