-- Revert mlb:staging/promote (reworked after v0.2.3): back to promoting the batch in the function itself
-- The v0.2.3 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../deploy/staging/promote@v0.2.3.sql
