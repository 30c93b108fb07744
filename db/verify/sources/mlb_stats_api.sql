-- Verify mlb:sources/mlb_stats_api
BEGIN;
SELECT 'raw_data.mlb_stats_api_games(raw_data.payload)'::regprocedure;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'mlb_stats_api';
SELECT 1 FROM raw_data.mlb_stats_api WHERE false;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.mlb_stats_api_games(raw_data.payload)'::regprocedure AND prosrc LIKE '%invalid_game_pk%';
ROLLBACK;
