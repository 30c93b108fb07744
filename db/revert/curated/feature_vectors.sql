-- Revert mlb:curated/feature_vectors
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.feature_vectors;
COMMIT;
