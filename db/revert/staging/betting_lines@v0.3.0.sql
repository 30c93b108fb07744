-- Revert mlb:staging/betting_lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW staging.betting_lines;
COMMIT;
