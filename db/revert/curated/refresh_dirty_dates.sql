-- Revert mlb:curated/refresh_dirty_dates (reworked after v0.2.3): back to one refresh at a time
-- The v0.2.3 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../deploy/curated/refresh_dirty_dates@v0.2.3.sql
