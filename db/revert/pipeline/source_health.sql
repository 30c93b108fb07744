-- Revert mlb:pipeline/source_health
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.source_health;
COMMIT;
