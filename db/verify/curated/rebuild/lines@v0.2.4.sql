-- Verify mlb:curated/rebuild/lines (reworked after v0.2.3): ties by the stated source and outlet, not line_id.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_lines(bigint,bigint[])'::regprocedure AND prosrc LIKE '%stated_key, line_id%';
ROLLBACK;
