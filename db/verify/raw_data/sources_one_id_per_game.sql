-- Verify mlb:raw_data/sources_one_id_per_game
BEGIN;
SELECT one_id_per_game FROM raw_data.sources WHERE false;
ROLLBACK;
