-- Deploy mlb:pipeline/dirty_dates (reworked after v0.2.3)
-- Marks never wait for one another (issue 14, parallel promotion): a
-- transaction marks a date with a row of its own (marked_by, its transaction
-- id), so two promotion workers marking one date write two rows instead of one
-- updating the other's, which would wait for its commit. A drain removes
-- exactly the marks it read, so a mark made while a date was rebuilt stays for
-- the next drain (the generation counter did this before and goes).
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE pipeline.dirty_dates ADD COLUMN marked_by xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE pipeline.dirty_dates DROP CONSTRAINT dirty_dates_pkey, ADD PRIMARY KEY (game_date, marked_by),
  DROP COLUMN generation;
COMMENT ON TABLE pipeline.dirty_dates IS 'Marks of New York dates whose staging rows changed since curated was last rebuilt: one row per date and marking transaction (count dates with count(DISTINCT game_date)); drained by curated.drain_dirty_dates(), which removes the marks it read.';
COMMENT ON COLUMN pipeline.dirty_dates.game_date IS 'The date to rebuild.';
COMMENT ON COLUMN pipeline.dirty_dates.marked_at IS 'When this transaction first marked it.';
COMMENT ON COLUMN pipeline.dirty_dates.marked_by IS 'The transaction that marked it: marks of different transactions are different rows, so concurrent promotions never wait for one another to mark a date.';

COMMIT;
