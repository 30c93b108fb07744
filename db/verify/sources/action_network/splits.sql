-- Verify mlb:sources/action_network/splits
BEGIN;
SELECT 'raw_data.action_network_splits(raw_data.payload)'::regprocedure;
ROLLBACK;
