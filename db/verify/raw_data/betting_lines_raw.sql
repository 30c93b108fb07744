-- Verify mlb:raw_data/betting_lines_raw
BEGIN;
SELECT 1 FROM raw_data.betting_lines_raw WHERE false;
SELECT 1 FROM raw_data.moneylines_raw WHERE false;
SELECT 1 FROM raw_data.spreads_raw WHERE false;
SELECT 1 FROM raw_data.totals_raw WHERE false;
ROLLBACK;
