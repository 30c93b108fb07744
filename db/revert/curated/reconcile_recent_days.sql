-- Revert mlb:curated/reconcile_recent_days (reworked after v0.3.0): back to unbounded lock waits
\ir ../../deploy/curated/reconcile_recent_days@v0.3.0.sql
