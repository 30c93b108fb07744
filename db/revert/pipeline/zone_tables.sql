-- Revert mlb:pipeline/zone_tables
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.zone_tables;
COMMIT;
