-- Revert mlb:sources/vsin/payload_tables
BEGIN;
-- Raw payloads are kept forever: dropping tables that hold rows needs an explicit
-- yes (PGOPTIONS='-c mlb.revert_drops_raw_data=yes'), after a backup (docs/operations.md).
SELECT raw_data.refuse_dropping_raw_rows(ARRAY['vsin_data']);
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.vsin_data;
DELETE FROM raw_data.payload_tables WHERE source = 'vsin';
COMMIT;
