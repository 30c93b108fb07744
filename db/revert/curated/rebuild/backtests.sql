-- Revert mlb:curated/rebuild/backtests (reworked after v0.3.0): a side without a price reads as no_favourite again
\ir ../../../deploy/curated/rebuild/backtests@v0.3.0.sql
