-- Revert mlb:raw_data/iso_time
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.iso_time(text);
COMMIT;
