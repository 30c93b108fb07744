-- Verify mlb:staging/insert_betting_line
BEGIN;
SELECT 1 / count(*)::int FROM pg_trigger WHERE tgrelid = 'staging.betting_lines'::regclass AND tgname = 'insert_line';
ROLLBACK;
