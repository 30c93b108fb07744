-- Revert mlb:staging/team_name_on
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.team_name_on(text, date);
COMMIT;
