-- Revert mlb:curated/game_board
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.game_board;
COMMIT;
