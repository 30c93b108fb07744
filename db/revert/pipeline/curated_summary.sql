-- Revert mlb:pipeline/curated_summary
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.curated_summary;
COMMIT;
