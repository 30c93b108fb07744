-- Verify mlb:staging/team_for_alias
BEGIN;
SELECT 'staging.team_for_alias(text, text, date)'::regprocedure;
ROLLBACK;
