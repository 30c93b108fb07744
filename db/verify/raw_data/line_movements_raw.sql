-- Verify mlb:raw_data/line_movements_raw
BEGIN;
SELECT 1 FROM raw_data.line_movements_raw WHERE false;
ROLLBACK;
