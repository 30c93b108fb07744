-- Verify mlb:staging/parse_line
BEGIN;
SELECT 'staging.parse_line(text)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.parse_line(text)'::regprocedure
   AND pg_get_functiondef(oid) LIKE '%translate(line_text, ''0123456789''%';
ROLLBACK;
