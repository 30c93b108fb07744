-- Revert mlb:raw_data/line_movements_raw
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW raw_data.line_movements_raw;
COMMIT;
