-- Revert mlb:pipeline/deployed_changes
BEGIN;
DROP FUNCTION pipeline.deployed_changes();
COMMIT;
