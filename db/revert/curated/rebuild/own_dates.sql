-- Revert mlb:curated/rebuild/own_dates
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_own_dates(date[]);
COMMIT;
