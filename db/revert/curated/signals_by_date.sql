-- Revert mlb:curated/signals_by_date (reworked after v0.3.0): clubs in today's codes again
\ir ../../deploy/curated/signals_by_date@v0.3.0.sql
