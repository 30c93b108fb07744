-- Revert mlb:sources/vsin/rows
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.vsin_rows(raw_data.payload);
COMMIT;
