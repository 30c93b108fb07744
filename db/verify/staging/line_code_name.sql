-- Verify mlb:staging/line_code_name
BEGIN;
SELECT 'staging.line_code_name(text, "char")'::regprocedure;
ROLLBACK;
