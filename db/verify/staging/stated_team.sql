-- Verify mlb:staging/stated_team
BEGIN;
SELECT 'staging.stated_team(text, text, text, date)'::regprocedure;
ROLLBACK;
