-- Revert mlb:sources/sbro/games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.sbro_games(raw_data.payload);
COMMIT;
