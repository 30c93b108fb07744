-- Revert mlb:sources/odds_api/team_aliases
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.team_aliases WHERE source = 'odds_api';
COMMIT;
