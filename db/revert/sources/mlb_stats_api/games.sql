-- Revert mlb:sources/mlb_stats_api/games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.mlb_stats_api_games(raw_data.payload);
COMMIT;
