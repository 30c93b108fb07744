-- Verify mlb:curated/no_vig_additive
BEGIN;
SELECT 'curated.no_vig_additive(numeric, numeric)'::regprocedure;
ROLLBACK;
