-- Revert mlb:raw_data/iso_date
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.iso_date(text);
COMMIT;
