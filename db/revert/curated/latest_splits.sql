-- Revert mlb:curated/latest_splits
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.latest_splits;
COMMIT;
