-- Verify mlb:sources/action_network/one_id_per_game
BEGIN;
SELECT 1/count(*) FROM raw_data.sources WHERE source = 'action_network' AND one_id_per_game;
ROLLBACK;
