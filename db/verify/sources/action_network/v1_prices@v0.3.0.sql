-- Verify mlb:sources/action_network/v1_prices
BEGIN;
SELECT 'raw_data.action_network_v1_prices(jsonb)'::regprocedure;
ROLLBACK;
