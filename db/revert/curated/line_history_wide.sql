-- Revert mlb:curated/line_history_wide
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.line_history_wide(bigint);
COMMIT;
