-- Verify mlb:sources/sbd/payload_tables
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'sbd_betting_splits';
SELECT 1 FROM raw_data.sbd_betting_splits WHERE false;
ROLLBACK;
