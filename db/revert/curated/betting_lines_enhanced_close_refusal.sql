-- Revert mlb:curated/betting_lines_enhanced_close_refusal
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE curated.betting_lines_enhanced DROP COLUMN close_refusal, DROP COLUMN close_confirmed_at;
COMMIT;
