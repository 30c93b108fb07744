-- Verify mlb:staging/add_line_partitions (reworked after v0.3.0): a partition is made apart and attached.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.add_line_partitions(int[])'::regprocedure AND prosrc LIKE '%ATTACH PARTITION%';
ROLLBACK;
