-- Verify mlb:staging/american_to_implied_probability
BEGIN;
SELECT 'staging.american_to_implied_probability(int)'::regprocedure;
ROLLBACK;
