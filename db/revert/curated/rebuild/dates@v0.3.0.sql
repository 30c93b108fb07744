-- Revert mlb:curated/rebuild/dates
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_dates(date[], bigint[]);
COMMIT;
