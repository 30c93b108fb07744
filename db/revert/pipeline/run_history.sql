-- Revert mlb:pipeline/run_history
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.run_history;
COMMIT;
