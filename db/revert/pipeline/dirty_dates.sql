-- Revert mlb:pipeline/dirty_dates
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.dirty_dates;
COMMIT;
