-- Revert mlb:curated/refresh_dirty_dates (reworked after v0.3.0): back to unbounded lock waits
\ir ../../deploy/curated/refresh_dirty_dates@v0.3.0.sql
