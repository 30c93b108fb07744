-- Revert mlb:staging/team_name_aliases
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.team_name_aliases();
COMMIT;
