-- Revert mlb:curated/rebuild/features (reworked after v0.2.4): back to the games of the dates
-- The v0.2.4 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../../deploy/curated/rebuild/features@v0.2.4.sql
