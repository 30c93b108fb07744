-- Verify mlb:sources/action_network/games
BEGIN;
SELECT 'raw_data.action_network_games(raw_data.payload)'::regprocedure;
ROLLBACK;
