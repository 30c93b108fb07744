-- Revert mlb:sources/sbd/games (reworked after v0.3.0): games on another date than their page's stated again
\ir ../../../deploy/sources/sbd/games@v0.3.0.sql
