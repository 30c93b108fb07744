-- Revert mlb:staging/promote/raw_rows (reworked after v0.2.4): back to no summary step
-- The v0.2.4 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../../deploy/staging/promote/raw_rows@v0.2.4.sql
