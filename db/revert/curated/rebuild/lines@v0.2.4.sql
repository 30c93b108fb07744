-- Revert mlb:curated/rebuild/lines (reworked after v0.2.3): back to ties broken by line_id
-- The v0.2.3 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../../deploy/curated/rebuild/lines@v0.2.3.sql
