-- Revert mlb:raw_data/collection_log
BEGIN;
-- Raw payloads are kept forever: dropping tables that hold rows needs an explicit
-- yes (PGOPTIONS='-c mlb.revert_drops_raw_data=yes'), after a backup (docs/operations.md).
SELECT raw_data.refuse_dropping_raw_rows(ARRAY['collection_log']);
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.collection_log;
COMMIT;
