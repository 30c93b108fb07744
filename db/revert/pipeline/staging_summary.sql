-- Revert mlb:pipeline/staging_summary
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.staging_summary;
COMMIT;
