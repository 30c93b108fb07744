-- Revert mlb:raw_data/payload_tables_elements_path
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE raw_data.payload_tables DROP COLUMN elements_path;
COMMIT;
