-- Verify mlb:curated/user_bets_finite
BEGIN;
SELECT 1/(count(*) = 3)::int FROM pg_constraint
 WHERE conrelid = 'curated.user_bets'::regclass
   AND conname IN ('user_bets_stake_finite', 'user_bets_line_finite', 'user_bets_decimal_price_finite');
ROLLBACK;
