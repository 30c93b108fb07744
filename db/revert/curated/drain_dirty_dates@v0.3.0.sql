-- Revert mlb:curated/drain_dirty_dates
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.drain_dirty_dates(int);
COMMIT;
