-- Revert mlb:raw_data/betting_lines_raw
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW raw_data.totals_raw;
DROP VIEW raw_data.spreads_raw;
DROP VIEW raw_data.moneylines_raw;
DROP VIEW raw_data.betting_lines_raw;
COMMIT;
