-- Verify mlb:sources/mlb_stats_api/games
BEGIN;
SELECT 'raw_data.mlb_stats_api_games(raw_data.payload)'::regprocedure;
ROLLBACK;
