-- Verify mlb:sources/action_network/lines
BEGIN;
SELECT 'raw_data.action_network_lines(raw_data.payload)'::regprocedure;
ROLLBACK;
