-- Revert mlb:curated/user_bet_report
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.user_bet_report;
COMMIT;
