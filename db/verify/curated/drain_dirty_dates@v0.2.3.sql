-- Verify mlb:curated/drain_dirty_dates (reworked): removes a date only at the generation it rebuilt.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.drain_dirty_dates(int)'::regprocedure AND prosrc LIKE '%d.generation = t.generation%';
ROLLBACK;
