-- Verify mlb:staging/raw_rows_of_date (reworked): A request key that looks like a range but is not one (mlb-..2018) matches no date instead of failing every rebuild.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.raw_rows_of_date(date)'::regprocedure AND prosrc LIKE '%raw_data.iso_date(%';
ROLLBACK;
