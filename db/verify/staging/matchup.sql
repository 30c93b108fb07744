-- Verify mlb:staging/matchup
BEGIN;
SELECT 'staging.matchup(text, text, date)'::regprocedure;
ROLLBACK;
