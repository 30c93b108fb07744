-- Verify mlb:curated/check_user_bet
BEGIN;
SELECT 1 / count(*)::int FROM pg_trigger WHERE tgname = 'check_user_bet' AND tgrelid = 'curated.user_bets'::regclass;
ROLLBACK;
