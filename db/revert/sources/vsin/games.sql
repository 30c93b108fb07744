-- Revert mlb:sources/vsin/games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.vsin_games(raw_data.payload);
COMMIT;
