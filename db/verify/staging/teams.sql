-- Verify mlb:staging/teams
BEGIN;
SELECT 1 FROM staging.teams WHERE false;
ROLLBACK;
