-- Revert mlb:curated/split_history (reworked after v0.3.0): clubs in today's codes again
\ir ../../deploy/curated/split_history@v0.3.0.sql
