-- Revert mlb:sources/action_network/outcome_points
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.action_network_outcome_points(jsonb);
COMMIT;
