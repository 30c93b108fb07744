-- Revert mlb:curated/closing_line_value
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.closing_line_value(int, numeric);
COMMIT;
