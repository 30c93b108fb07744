-- Revert mlb:staging/line_code
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.line_code(text, text);
COMMIT;
