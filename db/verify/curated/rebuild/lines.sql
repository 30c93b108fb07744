-- Verify mlb:curated/rebuild/lines (reworked after v0.2.4): the picks read from staging.line_summaries.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_lines(bigint,bigint[])'::regprocedure AND prosrc LIKE '%staging.line_summaries%';
ROLLBACK;
