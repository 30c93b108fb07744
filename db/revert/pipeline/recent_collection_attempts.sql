-- Revert mlb:pipeline/recent_collection_attempts
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.recent_collection_attempts;
COMMIT;
