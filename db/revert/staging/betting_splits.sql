-- Revert mlb:staging/betting_splits (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE staging.betting_splits DROP COLUMN raw_fetched_at;
COMMIT;
