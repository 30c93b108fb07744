-- Revert mlb:curated/drain_dirty_dates (reworked after v0.3.0): a partition's dates in one rebuild again.
BEGIN;
DELETE FROM pipeline.settings WHERE key = 'pipeline.rebuild_max_lines';
SET LOCAL client_min_messages = error;  -- the released file's own BEGIN only warns
\ir ../../deploy/curated/drain_dirty_dates@v0.3.0.sql
