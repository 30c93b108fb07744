-- Verify mlb:staging/team_aliases
BEGIN;
SELECT 1 FROM staging.team_aliases WHERE false;
ROLLBACK;
