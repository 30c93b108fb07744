-- Revert mlb:sources/action_network/games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.action_network_games(raw_data.payload);
COMMIT;
