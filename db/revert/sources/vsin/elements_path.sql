-- Revert mlb:sources/vsin/elements_path
BEGIN;
SET LOCAL ROLE mlb_owner;
UPDATE raw_data.payload_tables SET elements_path = NULL WHERE raw_table = 'vsin_data';
COMMIT;
