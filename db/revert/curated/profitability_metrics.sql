-- Revert mlb:curated/profitability_metrics (reworked after v0.3.0): the interval unclipped again.
\ir ../../deploy/curated/profitability_metrics@v0.3.0.sql
