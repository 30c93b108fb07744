-- Revert mlb:sources/sbd/team_aliases
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.team_aliases WHERE source = 'sbd';
COMMIT;
