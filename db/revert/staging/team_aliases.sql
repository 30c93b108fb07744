-- Revert mlb:staging/team_aliases
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.team_aliases;
COMMIT;
