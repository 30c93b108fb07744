-- Revert mlb:curated/movement_analysis
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.movement_analysis;
COMMIT;
