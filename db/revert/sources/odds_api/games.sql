-- Revert mlb:sources/odds_api/games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.odds_api_games(raw_data.payload);
COMMIT;
