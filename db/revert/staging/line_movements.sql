-- Revert mlb:staging/line_movements
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW staging.line_movements;
COMMIT;
