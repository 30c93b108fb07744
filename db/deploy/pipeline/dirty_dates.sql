-- Deploy mlb:pipeline/dirty_dates
-- Dates staging changed.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.dirty_dates (
  game_date date NOT NULL,
  marked_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  marked_by xid8 NOT NULL DEFAULT pg_current_xact_id(),
  game_id bigint,
  CONSTRAINT dirty_dates_mark UNIQUE NULLS NOT DISTINCT (game_date, game_id, marked_by)
);
COMMENT ON TABLE pipeline.dirty_dates IS 'Marks of New York dates whose staging rows changed since curated was last rebuilt: one row per date, game (NULL: the whole date) and marking transaction (count dates with count(DISTINCT game_date)); drained by curated.drain_dirty_dates(), which rebuilds the marked games of a date (every game when a mark names none) and removes the marks it read.';
COMMENT ON COLUMN pipeline.dirty_dates.game_date IS 'The date to rebuild.';
COMMENT ON COLUMN pipeline.dirty_dates.marked_at IS 'When this transaction first marked it.';
COMMENT ON COLUMN pipeline.dirty_dates.marked_by IS 'The transaction that marked it: marks of different transactions are different rows, so concurrent promotions never wait for one another to mark a date.';
COMMENT ON COLUMN pipeline.dirty_dates.game_id IS 'The game whose staging rows changed (staging.games), rebuilt alone; NULL: every game of the date.';
COMMENT ON CONSTRAINT dirty_dates_mark ON pipeline.dirty_dates IS 'One mark per date, game (or none) and marking transaction: concurrent marks never wait for one another.';

COMMIT;
