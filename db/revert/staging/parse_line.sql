-- Revert mlb:staging/parse_line
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.parse_line(text);
COMMIT;
