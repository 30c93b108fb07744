-- Revert mlb:staging/line_code_name
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.line_code_name(text, "char");
COMMIT;
