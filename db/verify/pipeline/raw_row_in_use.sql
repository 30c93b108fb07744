-- Verify mlb:pipeline/raw_row_in_use
BEGIN;
SELECT 'pipeline.raw_row_in_use(text, bigint)'::regprocedure;
ROLLBACK;
