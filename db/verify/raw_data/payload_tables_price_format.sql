-- Verify mlb:raw_data/payload_tables_price_format
BEGIN;
SELECT price_format_param FROM raw_data.payload_tables WHERE false;
ROLLBACK;
