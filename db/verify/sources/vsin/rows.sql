-- Verify mlb:sources/vsin/rows
BEGIN;
SELECT 'raw_data.vsin_rows(raw_data.payload)'::regprocedure;
ROLLBACK;
