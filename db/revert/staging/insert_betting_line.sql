-- Revert mlb:staging/insert_betting_line
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER insert_line ON staging.betting_lines;
DROP FUNCTION staging.insert_betting_line();
COMMIT;
