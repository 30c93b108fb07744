-- Verify mlb:sources/odds_api/one_id_per_game
BEGIN;
SELECT 1/count(*) FROM raw_data.sources WHERE source = 'odds_api' AND one_id_per_game;
ROLLBACK;
