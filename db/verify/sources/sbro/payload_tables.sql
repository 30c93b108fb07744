-- Verify mlb:sources/sbro/payload_tables
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'sbro_odds';
SELECT 1 FROM raw_data.sbro_odds WHERE false;
ROLLBACK;
