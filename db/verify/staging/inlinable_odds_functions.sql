-- Verify mlb:staging/inlinable_odds_functions
BEGIN;

SELECT 1 / (count(*) = 0)::int FROM pg_proc
 WHERE proisstrict AND oid IN ('staging.parse_american_odds(text)'::regprocedure, 'staging.parse_line(text)'::regprocedure,
                               'staging.american_to_decimal(int)'::regprocedure,
                               'staging.american_to_implied_probability(int)'::regprocedure,
                               'curated.no_vig_multiplicative(numeric, numeric)'::regprocedure);
SELECT 1 / (staging.american_to_decimal(NULL) IS NULL AND staging.parse_american_odds(NULL) IS NULL)::int;

ROLLBACK;
