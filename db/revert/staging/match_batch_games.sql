-- Revert mlb:staging/match_batch_games (reworked after v0.3.0): any number of a source's ids per game again
\ir ../../deploy/staging/match_batch_games@v0.3.0.sql
