-- Revert mlb:curated/user_bet_results (reworked after v0.3.0): clubs in today's codes again
\ir ../../deploy/curated/user_bet_results@v0.3.0.sql
