-- Verify mlb:staging/odds_functions
BEGIN;

SELECT 1 / (staging.american_to_decimal(150) = 2.5)::int;
SELECT 1 / (staging.decimal_to_american(1.5) = -200)::int;
SELECT 1 / (staging.parse_american_odds('EVEN') = 100)::int;
SELECT 1 / (staging.parse_line('PK') = 0)::int;
SELECT 1 / (staging.implied_probability_to_american(0.6) = -150)::int;
SELECT 1 / (round(staging.american_to_implied_probability(-110), 4) = 0.5238)::int;

ROLLBACK;
