-- Verify mlb:pipeline/enqueue_new_raw_rows
BEGIN;
SELECT 'pipeline.enqueue_new_raw_rows()'::regprocedure;
ROLLBACK;
