-- Verify mlb:staging/mark_line_summaries_stale
BEGIN;
SELECT 1/(count(*) = 4)::int FROM pg_trigger
 WHERE tgrelid = 'staging.betting_line_rows'::regclass AND tgfoid = 'staging.mark_line_summaries_stale()'::regprocedure;
ROLLBACK;
