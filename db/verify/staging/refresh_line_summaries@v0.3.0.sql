-- Verify mlb:staging/refresh_line_summaries
BEGIN;
SELECT has_function_privilege('staging.refresh_line_summaries(bigint, bigint[])', 'execute');
ROLLBACK;
