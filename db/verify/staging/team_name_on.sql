-- Verify mlb:staging/team_name_on
BEGIN;
SELECT 'staging.team_name_on(text, date)'::regprocedure;
ROLLBACK;
