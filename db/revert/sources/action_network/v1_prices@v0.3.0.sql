-- Revert mlb:sources/action_network/v1_prices
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.action_network_v1_prices(jsonb);
COMMIT;
