-- Revert mlb:pipeline/dirty_dates from the rework (no generation)
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE pipeline.dirty_dates DROP COLUMN generation;
COMMIT;
