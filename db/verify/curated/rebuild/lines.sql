-- Verify mlb:curated/rebuild/lines (reworked after v0.3.0): a close must be confirmed within the window.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_lines(bigint,bigint[])'::regprocedure AND prosrc LIKE '%lines.close_window_minutes%';
SELECT 1/count(*) FROM pipeline.settings WHERE key = 'lines.close_window_minutes';
ROLLBACK;
