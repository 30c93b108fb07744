-- Revert mlb:raw_data/payload_tables
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.payload_tables;
COMMIT;
