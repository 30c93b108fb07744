-- Revert mlb:staging/mark_line_summaries_stale
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER mark_line_summaries_stale_insert ON staging.betting_line_rows;
DROP TRIGGER mark_line_summaries_stale_update_new ON staging.betting_line_rows;
DROP TRIGGER mark_line_summaries_stale_update_old ON staging.betting_line_rows;
DROP TRIGGER mark_line_summaries_stale_delete ON staging.betting_line_rows;
DROP FUNCTION staging.mark_line_summaries_stale();
COMMIT;
