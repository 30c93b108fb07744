-- Revert mlb:curated/game_board (reworked after v0.3.0): clubs in today's codes again
\ir ../../deploy/curated/game_board@v0.3.0.sql
