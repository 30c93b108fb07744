-- Revert mlb:pipeline/quarantined
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.quarantined;
COMMIT;
