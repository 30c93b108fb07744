-- Revert mlb:staging/line_summaries
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.line_summaries;
COMMIT;
