-- Verify mlb:sources/mlb_stats_api (reworked): A gamePk that is not a whole number of at most nine digits is quarantined as invalid_game_pk, never a failed batch; start times are read by raw_data.iso_time.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.mlb_stats_api_games(raw_data.payload)'::regprocedure AND prosrc LIKE '%invalid_game_pk%';
ROLLBACK;
