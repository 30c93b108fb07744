-- Revert mlb:curated/game_board (reworked after v0.3.0): clubs in today's codes again, the best price of each side over the day;
-- the view is dropped first because the rework added columns (prices_as_of and the times), which CREATE OR REPLACE cannot drop.
BEGIN;
DROP VIEW curated.game_board;
SET LOCAL client_min_messages = error;  -- the released file's own BEGIN only warns
\ir ../../deploy/curated/game_board@v0.3.0.sql
