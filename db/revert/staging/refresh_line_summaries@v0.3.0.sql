-- Revert mlb:staging/refresh_line_summaries
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.refresh_line_summaries(bigint, bigint[]);
COMMIT;
