-- Revert mlb:sources/sbd
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.sbd_betting_splits;
DELETE FROM raw_data.payload_tables WHERE source = 'sbd';
DROP FUNCTION raw_data.sbd_splits(raw_data.payload);
DROP FUNCTION raw_data.sbd_lines(raw_data.payload);
DROP FUNCTION raw_data.sbd_games(raw_data.payload);
DELETE FROM raw_data.sources WHERE source = 'sbd';
COMMIT;
