-- Revert mlb:pipeline/collection_failures
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.collection_failures;
COMMIT;
