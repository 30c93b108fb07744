-- Revert mlb:sources/sbro
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.sbro_odds;
DELETE FROM raw_data.payload_tables WHERE source = 'sbro';
DROP FUNCTION raw_data.sbro_lines(raw_data.payload);
DROP FUNCTION raw_data.sbro_games(raw_data.payload);
DELETE FROM raw_data.sources WHERE source = 'sbro';
COMMIT;
