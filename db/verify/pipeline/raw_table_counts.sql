-- Verify mlb:pipeline/raw_table_counts
BEGIN;
SELECT 'pipeline.raw_table_counts()'::regprocedure;
ROLLBACK;
