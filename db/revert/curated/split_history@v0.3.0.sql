-- Revert mlb:curated/split_history
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.split_history;
COMMIT;
