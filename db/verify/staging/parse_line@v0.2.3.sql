-- Verify mlb:staging/parse_line
BEGIN;
SELECT 'staging.parse_line(text)'::regprocedure;
ROLLBACK;
