-- Revert mlb:pipeline/dirty_dates (reworked after v0.2.4): back to one mark per date and transaction
BEGIN;
SET LOCAL ROLE mlb_owner;
-- The marks of one date by one transaction become one mark of the whole date.
DELETE FROM pipeline.dirty_dates d
 WHERE EXISTS (SELECT 1 FROM pipeline.dirty_dates e WHERE e.game_date = d.game_date AND e.marked_by = d.marked_by
                  AND (e.game_id IS NULL AND d.game_id IS NOT NULL OR e.game_id < d.game_id));
ALTER TABLE pipeline.dirty_dates DROP CONSTRAINT dirty_dates_mark, DROP COLUMN game_id, ADD PRIMARY KEY (game_date, marked_by);
COMMENT ON TABLE pipeline.dirty_dates IS 'Marks of New York dates whose staging rows changed since curated was last rebuilt: one row per date and marking transaction (count dates with count(DISTINCT game_date)); drained by curated.drain_dirty_dates(), which removes the marks it read.';
COMMIT;
