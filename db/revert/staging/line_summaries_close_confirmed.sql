-- Revert mlb:staging/line_summaries_close_confirmed
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE staging.line_summaries DROP COLUMN close_confirmed_at;
COMMENT ON COLUMN staging.line_summaries.close_line_id IS 'The close: the stated closing line, else the last pre-game observation (ties: the stated source and outlet); NULL when nothing was pre-game.';
COMMIT;
