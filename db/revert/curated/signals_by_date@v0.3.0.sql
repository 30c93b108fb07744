-- Revert mlb:curated/signals_by_date
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.signals_by_date;
COMMIT;
