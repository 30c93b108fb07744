-- Verify mlb:raw_data/iso_time
BEGIN;
SELECT 'raw_data.iso_time(text)'::regprocedure;
ROLLBACK;
