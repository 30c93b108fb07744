-- Revert mlb:staging/team_code_on
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.team_code_on(text, date);
COMMIT;
