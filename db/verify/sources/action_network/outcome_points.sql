-- Verify mlb:sources/action_network/outcome_points
BEGIN;
SELECT 'raw_data.action_network_outcome_points(jsonb)'::regprocedure;
ROLLBACK;
