-- Verify mlb:sources/vsin/team_aliases
BEGIN;
SELECT 1/count(*) FROM staging.team_aliases WHERE source = 'vsin';
ROLLBACK;
