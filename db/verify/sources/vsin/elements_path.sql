-- Verify mlb:sources/vsin/elements_path
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'vsin_data' AND elements_path IS NOT NULL;
ROLLBACK;
