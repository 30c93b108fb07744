-- Revert mlb:curated/user_bet_results
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.user_bet_results;
COMMIT;
