-- Verify mlb:sources/vsin
BEGIN;
SELECT 'raw_data.vsin_games(raw_data.payload)'::regprocedure;
SELECT 'raw_data.vsin_lines(raw_data.payload)'::regprocedure;
SELECT 'raw_data.vsin_splits(raw_data.payload)'::regprocedure;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'vsin_data';
SELECT 1 FROM raw_data.vsin_data WHERE false;
SELECT 'raw_data.vsin_rows(raw_data.payload)'::regprocedure;
SELECT 1/(raw_data.vsin_team_names('{"texts": ["(901) New York Mets", "History", "Philadelphia Phillies (902)", "VSiN Pro Picks"]}')
          = ARRAY['New York Mets', 'Philadelphia Phillies'])::int;
ROLLBACK;
