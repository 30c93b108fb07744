-- Revert mlb:sources/mlb_stats_api/payload_tables
BEGIN;
-- Raw payloads are kept forever: dropping tables that hold rows needs an explicit
-- yes (PGOPTIONS='-c mlb.revert_drops_raw_data=yes'), after a backup (docs/operations.md).
SELECT raw_data.refuse_dropping_raw_rows(ARRAY['mlb_stats_api']);
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.mlb_stats_api;
DELETE FROM raw_data.payload_tables WHERE source = 'mlb_stats_api';
COMMIT;
