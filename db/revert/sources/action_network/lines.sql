-- Revert mlb:sources/action_network/lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.action_network_lines(raw_data.payload);
COMMIT;
