-- Verify mlb:curated/drain_dirty_dates (reworked after v0.2.3): drains partition by partition; removes exactly the marks it read.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.drain_dirty_dates(int)'::regprocedure AND prosrc LIKE '%d.marked_by = t.marked_by%' AND prosrc LIKE '%curated_partitions%';
ROLLBACK;
