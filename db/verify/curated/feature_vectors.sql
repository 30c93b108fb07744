-- Verify mlb:curated/feature_vectors
BEGIN;
SELECT 1 FROM curated.feature_vectors WHERE false;
ROLLBACK;
