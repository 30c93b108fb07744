-- Revert mlb:staging/betting_line_rows
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.betting_line_rows;
COMMIT;
