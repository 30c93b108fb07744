-- Revert mlb:sources/vsin
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.vsin_data;
DELETE FROM raw_data.payload_tables WHERE source = 'vsin';
DROP FUNCTION raw_data.vsin_splits(raw_data.payload);
DROP FUNCTION raw_data.vsin_lines(raw_data.payload);
DROP FUNCTION raw_data.vsin_games(raw_data.payload);
DELETE FROM raw_data.sources WHERE source = 'vsin';
COMMIT;
