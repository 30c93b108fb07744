-- Verify mlb:staging/raw_rows_of_date
BEGIN;
SELECT 'staging.raw_rows_of_date(date)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.raw_rows_of_date(date)'::regprocedure AND prosrc LIKE '%raw_data.iso_date(%';
ROLLBACK;
