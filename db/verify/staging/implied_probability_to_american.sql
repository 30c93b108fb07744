-- Verify mlb:staging/implied_probability_to_american
BEGIN;
SELECT 'staging.implied_probability_to_american(numeric)'::regprocedure;
ROLLBACK;
