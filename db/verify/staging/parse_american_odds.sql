-- Verify mlb:staging/parse_american_odds (reworked after v0.2.3): the usual form is read without a pattern.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.parse_american_odds(text)'::regprocedure
   AND pg_get_functiondef(oid) LIKE '%rtrim(price_text, ''0123456789''%';
ROLLBACK;
