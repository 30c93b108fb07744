-- Revert mlb:sources/vsin/lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.vsin_lines(raw_data.payload);
COMMIT;
