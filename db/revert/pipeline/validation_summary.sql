-- Revert mlb:pipeline/validation_summary
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.validation_summary;
COMMIT;
