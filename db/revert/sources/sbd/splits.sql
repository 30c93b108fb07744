-- Revert mlb:sources/sbd/splits
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.sbd_splits(raw_data.payload);
COMMIT;
