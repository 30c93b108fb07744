-- Revert mlb:sources/sbd/lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.sbd_lines(raw_data.payload);
COMMIT;
