-- Revert mlb:curated/closing_lines (reworked after v0.3.0): clubs in today's codes again
\ir ../../deploy/curated/closing_lines@v0.3.0.sql
