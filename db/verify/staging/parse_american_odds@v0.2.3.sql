-- Verify mlb:staging/parse_american_odds
BEGIN;
SELECT 'staging.parse_american_odds(text)'::regprocedure;
ROLLBACK;
