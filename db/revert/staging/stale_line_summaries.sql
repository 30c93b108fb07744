-- Revert mlb:staging/stale_line_summaries
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.stale_line_summaries;
COMMIT;
