-- Revert mlb:curated/prediction_inputs
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.prediction_inputs;
COMMIT;
