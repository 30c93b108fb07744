-- Revert mlb:curated/drain_dirty_dates (reworked after v0.2.4): back to rebuilding every game of a dirty date
-- The v0.2.4 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../deploy/curated/drain_dirty_dates@v0.2.4.sql
