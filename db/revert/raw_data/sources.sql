-- Revert mlb:raw_data/sources
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.sources;
COMMIT;
