-- Revert mlb:staging/betting_splits
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.betting_splits;
COMMIT;
