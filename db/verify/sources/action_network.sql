-- Verify mlb:sources/action_network (reworked after v0.2.3): an outcome's points are read by one function.
BEGIN;
SELECT 'raw_data.action_network_outcome_points(jsonb)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.action_network_history_lines(raw_data.payload)'::regprocedure
   AND prosrc LIKE '%action_network_outcome_points%';
SELECT 1/(1 - count(*)) FROM pg_proc WHERE proname = 'action_network_history_points';
ROLLBACK;
