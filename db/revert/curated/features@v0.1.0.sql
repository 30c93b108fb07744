-- Revert mlb:curated/features
BEGIN;

DROP FUNCTION curated.rebuild_features(bigint, date[]);
DROP VIEW curated.prediction_inputs;
DROP TABLE curated.feature_vectors;

COMMIT;
