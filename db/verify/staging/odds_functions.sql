-- Verify mlb:staging/odds_functions
BEGIN;

SELECT 1 / coalesce((staging.american_to_decimal(150) = 2.5)::int, 0);
SELECT 1 / coalesce((staging.decimal_to_american(1.5) = -200)::int, 0);
SELECT 1 / coalesce((staging.parse_american_odds('EVEN') = 100)::int, 0);
SELECT 1 / coalesce((staging.parse_line('PK') = 0)::int, 0);
SELECT 1 / coalesce((staging.implied_probability_to_american(0.6) = -150)::int, 0);
SELECT 1 / coalesce((round(staging.american_to_implied_probability(-110), 4) = 0.5238)::int, 0);

ROLLBACK;
