-- Revert mlb:sources/sbro/lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.sbro_lines(raw_data.payload);
COMMIT;
