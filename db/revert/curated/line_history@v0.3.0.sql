-- Revert mlb:curated/line_history
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.line_history;
COMMIT;
