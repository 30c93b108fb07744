-- Revert mlb:sources/mlb_stats_api/team_aliases
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.team_aliases WHERE source = 'mlb_stats_api';
COMMIT;
