-- Revert mlb:sources/sbro/team_aliases
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.team_aliases WHERE source = 'sbro';
COMMIT;
