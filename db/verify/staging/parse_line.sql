-- Verify mlb:staging/parse_line (reworked after v0.2.3): the usual form is read without a pattern.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.parse_line(text)'::regprocedure
   AND pg_get_functiondef(oid) LIKE '%translate(line_text, ''0123456789''%';
ROLLBACK;
