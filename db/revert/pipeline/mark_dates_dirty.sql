-- Revert mlb:pipeline/mark_dates_dirty
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER mark_dates_dirty_insert ON staging.betting_splits;
DROP TRIGGER mark_dates_dirty_update ON staging.games;
DROP TRIGGER mark_dates_dirty_insert ON staging.games;
DROP FUNCTION pipeline.mark_dates_dirty();
COMMIT;
