-- Verify mlb:staging/parse_american_odds
BEGIN;
SELECT 'staging.parse_american_odds(text)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.parse_american_odds(text)'::regprocedure
   AND pg_get_functiondef(oid) LIKE '%rtrim(price_text, ''0123456789''%';
ROLLBACK;
