-- Revert mlb:sources/action_network/history_lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.action_network_history_lines(raw_data.payload);
COMMIT;
