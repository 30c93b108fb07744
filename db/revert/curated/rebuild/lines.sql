-- Revert mlb:curated/rebuild/lines (reworked after v0.3.0): every last pre-game quote a close again
BEGIN;
DELETE FROM pipeline.settings WHERE key = 'lines.close_window_minutes';
SET LOCAL client_min_messages = error;  -- the released file's own BEGIN only warns
\ir ../../../deploy/curated/rebuild/lines@v0.3.0.sql
