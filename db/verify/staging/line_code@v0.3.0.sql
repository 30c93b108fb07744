-- Verify mlb:staging/line_code
BEGIN;
SELECT 'staging.line_code(text, text)'::regprocedure;
ROLLBACK;
