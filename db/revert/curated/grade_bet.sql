-- Revert mlb:curated/grade_bet
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.grade_bet(text, text, numeric, int, int, text);
COMMIT;
