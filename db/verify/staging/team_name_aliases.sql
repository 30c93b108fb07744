-- Verify mlb:staging/team_name_aliases
BEGIN;
SELECT 1/(count(*) >= 37)::int FROM staging.team_name_aliases();
ROLLBACK;
