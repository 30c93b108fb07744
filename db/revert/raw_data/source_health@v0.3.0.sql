-- Revert mlb:raw_data/source_health
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW raw_data.source_health;
COMMIT;
