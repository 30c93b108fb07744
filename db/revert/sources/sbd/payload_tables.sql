-- Revert mlb:sources/sbd/payload_tables
BEGIN;
-- Raw payloads are kept forever: dropping tables that hold rows needs an explicit
-- yes (PGOPTIONS='-c mlb.revert_drops_raw_data=yes'), after a backup (docs/operations.md).
SELECT raw_data.refuse_dropping_raw_rows(ARRAY['sbd_betting_splits']);
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.sbd_betting_splits;
DELETE FROM raw_data.payload_tables WHERE source = 'sbd';
COMMIT;
