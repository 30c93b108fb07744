-- Verify mlb:raw_data/refuse_dropping_raw_rows
BEGIN;
SELECT 'raw_data.refuse_dropping_raw_rows(text[])'::regprocedure;
ROLLBACK;
