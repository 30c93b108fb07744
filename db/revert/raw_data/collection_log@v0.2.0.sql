-- Revert mlb:raw_data/collection_log
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.collection_log;
COMMIT;
