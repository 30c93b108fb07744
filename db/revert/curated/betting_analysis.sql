-- Revert mlb:curated/betting_analysis
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.betting_analysis;
COMMIT;
