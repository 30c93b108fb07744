-- Revert mlb:pipeline/backlog (reworked after v0.2.3): back to counting rows of pipeline.dirty_dates
-- The v0.2.3 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../deploy/pipeline/backlog@v0.2.3.sql
