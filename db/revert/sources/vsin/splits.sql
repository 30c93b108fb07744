-- Revert mlb:sources/vsin/splits
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.vsin_splits(raw_data.payload);
COMMIT;
