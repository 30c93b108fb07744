-- Verify mlb:sources/action_network
BEGIN;
SELECT 'raw_data.action_network_games(raw_data.payload)'::regprocedure;
SELECT 'raw_data.action_network_lines(raw_data.payload)'::regprocedure;
SELECT 'raw_data.action_network_v1_prices(jsonb)'::regprocedure;
SELECT 'raw_data.action_network_history_lines(raw_data.payload)'::regprocedure;
SELECT 'raw_data.action_network_splits(raw_data.payload)'::regprocedure;
SELECT 'raw_data.action_network_books(raw_data.payload)'::regprocedure;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'action_network_books';
SELECT 1 FROM raw_data.action_network_books WHERE false;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'action_network_games';
SELECT 1 FROM raw_data.action_network_games WHERE false;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'action_network_odds';
SELECT 1 FROM raw_data.action_network_odds WHERE false;
SELECT 'raw_data.action_network_outcome_points(jsonb)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.action_network_history_lines(raw_data.payload)'::regprocedure
   AND prosrc LIKE '%action_network_outcome_points%';
SELECT 1/(1 - count(*)) FROM pg_proc WHERE proname = 'action_network_history_points';
ROLLBACK;
