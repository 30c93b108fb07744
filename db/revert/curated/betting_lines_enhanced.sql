-- Revert mlb:curated/betting_lines_enhanced
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.betting_lines_enhanced;
COMMIT;
