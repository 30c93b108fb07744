-- Verify mlb:staging/add_line_partitions
BEGIN;
SELECT 'staging.add_line_partitions(int[])'::regprocedure;
SELECT 1 / count(*)::int FROM pipeline.locks WHERE name = 'staging.line_partitions';
ROLLBACK;
