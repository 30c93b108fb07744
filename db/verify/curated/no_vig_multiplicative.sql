-- Verify mlb:curated/no_vig_multiplicative
BEGIN;
SELECT 'curated.no_vig_multiplicative(numeric, numeric)'::regprocedure;
ROLLBACK;
