-- Verify mlb:sources/vsin/payload_tables
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'vsin_data';
SELECT 1 FROM raw_data.vsin_data WHERE false;
ROLLBACK;
