-- Verify mlb:curated/rebuild/lines
BEGIN;
SELECT 'curated.rebuild_lines(bigint, bigint[])'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_lines(bigint,bigint[])'::regprocedure AND prosrc LIKE '%staging.line_summaries%';
ROLLBACK;
