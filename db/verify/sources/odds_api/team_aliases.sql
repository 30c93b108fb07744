-- Verify mlb:sources/odds_api/team_aliases
BEGIN;
SELECT 1/count(*) FROM staging.team_aliases WHERE source = 'odds_api';
ROLLBACK;
