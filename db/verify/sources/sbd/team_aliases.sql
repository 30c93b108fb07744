-- Verify mlb:sources/sbd/team_aliases
BEGIN;
SELECT 1/count(*) FROM staging.team_aliases WHERE source = 'sbd';
ROLLBACK;
