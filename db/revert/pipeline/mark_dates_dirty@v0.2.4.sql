-- Revert mlb:pipeline/mark_dates_dirty (reworked after v0.2.3): back to raising a generation per date
-- The v0.2.3 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../deploy/pipeline/mark_dates_dirty@v0.2.3.sql
