-- Revert mlb:curated/check_user_bet
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER check_user_bet ON curated.user_bets;
DROP FUNCTION curated.check_user_bet();
COMMIT;
