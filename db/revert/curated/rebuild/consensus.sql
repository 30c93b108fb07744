-- Revert mlb:curated/rebuild/consensus (reworked after v0.2.3): back to the v0.2.3 function
-- The v0.2.3 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../../deploy/curated/rebuild/consensus@v0.2.3.sql
