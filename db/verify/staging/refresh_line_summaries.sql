-- Verify mlb:staging/refresh_line_summaries (reworked after v0.3.0): the close candidate's confirmation is kept.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.refresh_line_summaries(bigint, bigint[])'::regprocedure AND prosrc LIKE '%close_confirmed_at%';
ROLLBACK;
