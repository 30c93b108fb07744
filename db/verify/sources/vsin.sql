-- Verify mlb:sources/vsin (reworked after v0.2.1): both layouts through raw_data.vsin_rows; extras left out of team cells.
BEGIN;
SELECT 'raw_data.vsin_rows(raw_data.payload)'::regprocedure;
SELECT 1/(raw_data.vsin_team_names('{"texts": ["(901) New York Mets", "History", "Philadelphia Phillies (902)", "VSiN Pro Picks"]}')
          = ARRAY['New York Mets', 'Philadelphia Phillies'])::int;
ROLLBACK;
