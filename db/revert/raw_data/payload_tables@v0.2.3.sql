-- Revert mlb:raw_data/payload_tables (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE raw_data.payload_tables DROP COLUMN decimal_prices;
COMMIT;
