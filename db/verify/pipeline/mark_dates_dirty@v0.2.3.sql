-- Verify mlb:pipeline/mark_dates_dirty (reworked): marking again raises the generation.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.mark_dates_dirty()'::regprocedure AND prosrc LIKE '%generation + 1%';
ROLLBACK;
