-- Verify mlb:raw_data/payload_tables_elements_path
BEGIN;
SELECT elements_path FROM raw_data.payload_tables WHERE false;
ROLLBACK;
