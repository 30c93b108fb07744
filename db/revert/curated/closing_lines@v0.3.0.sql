-- Revert mlb:curated/closing_lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.closing_lines;
COMMIT;
