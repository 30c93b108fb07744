-- Verify mlb:staging/line_code
BEGIN;
SELECT 'staging.line_code(text, text)'::regprocedure;
SELECT 1 / has_function_privilege('mlb_analyst', 'staging.line_code(text, text)', 'EXECUTE')::int;
ROLLBACK;
