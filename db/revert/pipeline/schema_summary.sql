-- Revert mlb:pipeline/schema_summary
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.schema_summary;
COMMIT;
