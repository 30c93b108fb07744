-- Verify mlb:staging/team_code_on
BEGIN;
SELECT 'staging.team_code_on(text, date)'::regprocedure;
ROLLBACK;
