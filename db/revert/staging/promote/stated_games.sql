-- Revert mlb:staging/promote/stated_games (reworked after v0.3.0): only the staged copy of a game checked again
\ir ../../../deploy/staging/promote/stated_games@v0.3.0.sql
