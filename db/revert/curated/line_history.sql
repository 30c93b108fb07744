-- Revert mlb:curated/line_history (reworked after v0.3.0): clubs in today's codes again
\ir ../../deploy/curated/line_history@v0.3.0.sql
