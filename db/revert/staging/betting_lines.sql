-- Revert mlb:staging/betting_lines (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE staging.betting_lines DROP COLUMN raw_fetched_at;
COMMIT;
