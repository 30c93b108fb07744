-- Revert mlb:staging/line_codes
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.line_codes;
COMMIT;
