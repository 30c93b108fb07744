-- Revert mlb:sources/vsin/team_aliases
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.team_aliases WHERE source = 'vsin';
COMMIT;
