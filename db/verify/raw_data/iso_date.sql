-- Verify mlb:raw_data/iso_date
BEGIN;
SELECT 'raw_data.iso_date(text)'::regprocedure;
ROLLBACK;
