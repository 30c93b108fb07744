-- Revert mlb:staging/stated_team
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.stated_team(text, text, text, date);
COMMIT;
