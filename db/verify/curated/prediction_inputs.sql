-- Verify mlb:curated/prediction_inputs
BEGIN;
SELECT 1 FROM curated.prediction_inputs WHERE false;
ROLLBACK;
