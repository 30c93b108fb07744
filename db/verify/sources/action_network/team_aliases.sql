-- Verify mlb:sources/action_network/team_aliases
BEGIN;
SELECT 1/count(*) FROM staging.team_aliases WHERE source = 'action_network';
ROLLBACK;
