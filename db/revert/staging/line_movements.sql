-- Revert mlb:staging/line_movements (reworked after v0.2.4): back to the window over every observed line
-- The v0.2.4 version, exactly as its own deploy script wrote it (psql includes it
-- relative to this file), rather than a second copy of it here.
\ir ../../deploy/staging/line_movements@v0.2.4.sql
