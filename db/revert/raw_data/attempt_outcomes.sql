-- Revert mlb:raw_data/attempt_outcomes
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.attempt_outcomes;
COMMIT;
