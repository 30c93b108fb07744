-- Verify mlb:sources/action_network/history_lines
BEGIN;
SELECT 'raw_data.action_network_history_lines(raw_data.payload)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.action_network_history_lines(raw_data.payload)'::regprocedure
   AND prosrc LIKE '%action_network_outcome_points%';
ROLLBACK;
