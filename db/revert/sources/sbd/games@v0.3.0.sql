-- Revert mlb:sources/sbd/games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.sbd_games(raw_data.payload);
COMMIT;
