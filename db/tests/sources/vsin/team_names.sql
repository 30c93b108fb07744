-- pgTAP: raw_data.vsin_team_names: a team cell in, its team names out.
BEGIN;
SELECT plan(2);

-- The team cell's extras are left out.
SELECT is(raw_data.vsin_team_names('{"texts": ["(901) New York Mets", "History", "Philadelphia Phillies (902)", "VSiN Pro Picks"]}'),
          ARRAY['New York Mets', 'Philadelphia Phillies'], 'rotation numbers, History and VSiN Pro Picks are not team names');
SELECT is(raw_data.vsin_team_names('{"texts": ["Tampa Bay Rays", "Baltimore Orioles"]}'), ARRAY['Tampa Bay Rays', 'Baltimore Orioles'], 'a game cell names both clubs in page order');
SELECT * FROM finish();
ROLLBACK;
