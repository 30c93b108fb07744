-- Revert mlb:sources/mlb_stats_api
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.mlb_stats_api;
DELETE FROM raw_data.payload_tables WHERE source = 'mlb_stats_api';
DROP FUNCTION raw_data.mlb_stats_api_games(raw_data.payload);
DELETE FROM raw_data.sources WHERE source = 'mlb_stats_api';
COMMIT;
