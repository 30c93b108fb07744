-- Verify mlb:pipeline/apply_raw_retention
BEGIN;
SELECT 'pipeline.apply_raw_retention(interval, boolean)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.apply_raw_retention(interval, boolean)'::regprocedure
   AND prosrc LIKE '%raw_row_in_use%';
ROLLBACK;
