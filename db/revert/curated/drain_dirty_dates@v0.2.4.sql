-- Revert mlb:curated/drain_dirty_dates (reworked after v0.2.3): back to removing a date at the generation it rebuilt
-- The v0.2.3 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../deploy/curated/drain_dirty_dates@v0.2.3.sql
