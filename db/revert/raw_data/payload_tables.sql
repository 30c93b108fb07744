-- Revert mlb:raw_data/payload_tables from the rework: no season reader.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE raw_data.payload_tables DROP COLUMN season_reader;

COMMIT;
