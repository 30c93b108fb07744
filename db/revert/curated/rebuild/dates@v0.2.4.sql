-- Revert mlb:curated/rebuild/dates (reworked after v0.2.3): back to the default random_page_cost
-- The v0.2.3 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../../deploy/curated/rebuild/dates@v0.2.3.sql
