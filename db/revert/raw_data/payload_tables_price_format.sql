-- Revert mlb:raw_data/payload_tables_price_format
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE raw_data.payload_tables DROP COLUMN price_format_param;
COMMIT;
