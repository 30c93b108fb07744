-- Revert mlb:staging/teams
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.teams;
COMMIT;
