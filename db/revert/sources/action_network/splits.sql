-- Revert mlb:sources/action_network/splits
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.action_network_splits(raw_data.payload);
COMMIT;
