-- Verify mlb:sources/sbd/one_id_per_game
BEGIN;
SELECT 1/count(*) FROM raw_data.sources WHERE source = 'sbd' AND one_id_per_game;
ROLLBACK;
