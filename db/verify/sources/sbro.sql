-- Verify mlb:sources/sbro (reworked after v0.2.3): SBRO files are filed under the season their name gives.
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'sbro_odds' AND season_reader = 'raw_data.sbro_season'::regproc;
ROLLBACK;
