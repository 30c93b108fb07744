-- Revert mlb:sources/action_network/team_aliases
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.team_aliases WHERE source = 'action_network';
COMMIT;
