-- Revert mlb:staging/team_for_alias
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.team_for_alias(text, text, date);
COMMIT;
