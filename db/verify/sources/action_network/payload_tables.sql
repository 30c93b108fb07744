-- Verify mlb:sources/action_network/payload_tables
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'action_network_books';
SELECT 1 FROM raw_data.action_network_books WHERE false;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'action_network_games';
SELECT 1 FROM raw_data.action_network_games WHERE false;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'action_network_odds';
SELECT 1 FROM raw_data.action_network_odds WHERE false;
ROLLBACK;
