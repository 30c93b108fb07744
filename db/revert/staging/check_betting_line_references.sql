-- Revert mlb:staging/check_betting_line_references
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER check_references_update ON staging.betting_lines;
DROP TRIGGER check_references_insert ON staging.betting_lines;
DROP FUNCTION staging.check_betting_line_references();
COMMIT;
