-- Verify mlb:sources/sbro
BEGIN;
SELECT 'raw_data.sbro_games(raw_data.payload)'::regprocedure;
SELECT 'raw_data.sbro_lines(raw_data.payload)'::regprocedure;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'sbro_odds';
SELECT 1 FROM raw_data.sbro_odds WHERE false;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'sbro_odds' AND season_reader = 'raw_data.sbro_season'::regproc;
ROLLBACK;
