-- Revert mlb:sources/action_network
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.action_network_books;
DROP TABLE raw_data.action_network_games;
DROP TABLE raw_data.action_network_odds;
DELETE FROM raw_data.payload_tables WHERE source = 'action_network';
DROP FUNCTION raw_data.action_network_books(raw_data.payload);
DROP FUNCTION raw_data.action_network_splits(raw_data.payload);
DROP FUNCTION raw_data.action_network_history_lines(raw_data.payload);
DROP FUNCTION raw_data.action_network_history_points(jsonb);
DROP FUNCTION raw_data.action_network_lines(raw_data.payload);
DROP FUNCTION raw_data.action_network_games(raw_data.payload);
DELETE FROM raw_data.sources WHERE source = 'action_network';
COMMIT;
