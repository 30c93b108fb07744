-- Verify mlb:raw_data/payload_tables
BEGIN;
SELECT 1 FROM raw_data.payload_tables WHERE false;
SELECT season_reader FROM raw_data.payload_tables WHERE false;
ROLLBACK;
