-- Verify mlb:staging/promote/lines (reworked): An observation whose stated time is not a real instant is invalid_observed_at, a run line of 100 points or more line_out_of_range: reasons, never a failed batch.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_lines(bigint)'::regprocedure AND prosrc LIKE '%invalid_observed_at%';
ROLLBACK;
