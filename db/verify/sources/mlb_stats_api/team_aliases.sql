-- Verify mlb:sources/mlb_stats_api/team_aliases
BEGIN;
SELECT 1/count(*) FROM staging.team_aliases WHERE source = 'mlb_stats_api';
ROLLBACK;
