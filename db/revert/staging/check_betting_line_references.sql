-- Revert mlb:staging/check_betting_line_references
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.check_betting_line_references();
COMMIT;
