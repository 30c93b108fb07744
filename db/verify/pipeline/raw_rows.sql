-- Verify mlb:pipeline/raw_rows
BEGIN;
SELECT 'pipeline.raw_rows()'::regprocedure;
ROLLBACK;
