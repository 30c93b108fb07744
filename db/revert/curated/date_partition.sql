-- Revert mlb:curated/date_partition
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.date_partition(date);
COMMIT;
