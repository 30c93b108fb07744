-- Deploy mlb:pipeline/dirty_dates
-- Dates staging changed.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.dirty_dates (
  game_date date PRIMARY KEY,
  marked_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
COMMENT ON TABLE pipeline.dirty_dates IS 'New York dates whose staging rows changed since curated was last rebuilt; drained by curated.refresh_dirty_dates().';
COMMENT ON COLUMN pipeline.dirty_dates.game_date IS 'The date to rebuild.';
COMMENT ON COLUMN pipeline.dirty_dates.marked_at IS 'When it was first marked.';

COMMIT;
