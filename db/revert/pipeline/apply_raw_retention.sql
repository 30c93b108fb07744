-- Revert mlb:pipeline/apply_raw_retention
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.apply_raw_retention(interval, boolean);
COMMIT;
