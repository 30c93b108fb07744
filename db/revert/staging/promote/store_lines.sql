-- Revert mlb:staging/promote/store_lines (reworked after v0.3.0): references without the market type again
\ir ../../../deploy/staging/promote/store_lines@v0.3.0.sql
