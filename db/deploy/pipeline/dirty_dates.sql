-- Deploy mlb:pipeline/dirty_dates (reworked after v0.2.4)
-- Issue 14, curated rebuilt only for the games a batch touched: a mark names
-- the game whose staging rows changed (pipeline.mark_dates_dirty), so a drain
-- rebuilds those games instead of every game of their dates. A mark without a
-- game (written by hand, or by a tool that marks dates) still means the whole
-- date. One mark per date, game and marking transaction, as before per date.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE pipeline.dirty_dates ADD COLUMN game_id bigint;
ALTER TABLE pipeline.dirty_dates DROP CONSTRAINT dirty_dates_pkey,
  ADD CONSTRAINT dirty_dates_mark UNIQUE NULLS NOT DISTINCT (game_date, game_id, marked_by);
COMMENT ON TABLE pipeline.dirty_dates IS 'Marks of New York dates whose staging rows changed since curated was last rebuilt: one row per date, game (NULL: the whole date) and marking transaction (count dates with count(DISTINCT game_date)); drained by curated.drain_dirty_dates(), which rebuilds the marked games of a date (every game when a mark names none) and removes the marks it read.';
COMMENT ON COLUMN pipeline.dirty_dates.game_id IS 'The game whose staging rows changed (staging.games), rebuilt alone; NULL: every game of the date.';
COMMENT ON CONSTRAINT dirty_dates_mark ON pipeline.dirty_dates IS 'One mark per date, game (or none) and marking transaction: concurrent marks never wait for one another.';

COMMIT;
