-- Verify mlb:sources/sbro/team_aliases
BEGIN;
SELECT 1/count(*) FROM staging.team_aliases WHERE source = 'sbro';
ROLLBACK;
