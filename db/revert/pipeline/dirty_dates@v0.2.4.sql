-- Revert mlb:pipeline/dirty_dates (reworked after v0.2.3): back to one row per date with a generation.
BEGIN;
SET LOCAL ROLE mlb_owner;

DELETE FROM pipeline.dirty_dates d USING pipeline.dirty_dates e
 WHERE e.game_date = d.game_date AND (e.marked_at, e.marked_by) < (d.marked_at, d.marked_by);
ALTER TABLE pipeline.dirty_dates DROP CONSTRAINT dirty_dates_pkey, DROP COLUMN marked_by,
  ADD COLUMN generation bigint NOT NULL DEFAULT 1, ADD PRIMARY KEY (game_date);
COMMENT ON TABLE pipeline.dirty_dates IS 'New York dates whose staging rows changed since curated was last rebuilt; drained by curated.refresh_dirty_dates().';
COMMENT ON COLUMN pipeline.dirty_dates.marked_at IS 'When it was first marked.';
COMMENT ON COLUMN pipeline.dirty_dates.generation IS 'Raised each time the date is marked again; curated.drain_dirty_dates() removes the date only if its generation is still the one it rebuilt, so a change made during a rebuild is rebuilt too.';

COMMIT;
