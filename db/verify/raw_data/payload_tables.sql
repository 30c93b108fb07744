-- Verify mlb:raw_data/payload_tables (reworked after v0.2.3): the season reader of each table.
BEGIN;
SELECT season_reader FROM raw_data.payload_tables WHERE false;
ROLLBACK;
