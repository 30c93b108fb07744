-- Deploy mlb:sources/sbro/team_aliases
-- How it names the clubs (staging.team_aliases), with the dates each alias holds.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- SportsbookReviewsOnline codes as printed in its season files.
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from, valid_to, note)
SELECT 'sbro', a, c, f, t, n FROM (VALUES
  ('ARI', 'ARI', date '1900-01-01', date '9999-12-31', NULL), ('ATL', 'ATL', '1900-01-01', '9999-12-31', NULL),
  ('BAL', 'BAL', '1900-01-01', '9999-12-31', NULL), ('BOS', 'BOS', '1900-01-01', '9999-12-31', NULL),
  ('CUB', 'CHC', '1900-01-01', '9999-12-31', 'SBRO code for the Cubs'),
  ('CWS', 'CWS', '1900-01-01', '9999-12-31', NULL), ('CIN', 'CIN', '1900-01-01', '9999-12-31', NULL),
  ('CLE', 'CLE', '1900-01-01', '9999-12-31', NULL), ('COL', 'COL', '1900-01-01', '9999-12-31', NULL),
  ('DET', 'DET', '1900-01-01', '9999-12-31', NULL), ('HOU', 'HOU', '1900-01-01', '9999-12-31', NULL),
  ('KAN', 'KC', '1900-01-01', '9999-12-31', 'SBRO code for Kansas City'),
  ('LAA', 'LAA', '1900-01-01', '9999-12-31', 'SBRO code for the Angels'),
  ('LOS', 'LAD', '1900-01-01', '9999-12-31', 'SBRO code for the Dodgers (2014 files)'),
  ('LAD', 'LAD', '1900-01-01', '9999-12-31', 'SBRO code for the Dodgers (2018 files)'),
  ('FLA', 'MIA', '1900-01-01', '2011-12-31', 'Florida Marlins before 2012'),
  ('MIA', 'MIA', '2012-01-01', '9999-12-31', NULL),
  ('MIL', 'MIL', '1900-01-01', '9999-12-31', NULL), ('MIN', 'MIN', '1900-01-01', '9999-12-31', NULL),
  ('NYM', 'NYM', '1900-01-01', '9999-12-31', NULL), ('NYY', 'NYY', '1900-01-01', '9999-12-31', NULL),
  ('OAK', 'ATH', '1900-01-01', '9999-12-31', 'Oakland code, kept by SBRO'),
  ('PHI', 'PHI', '1900-01-01', '9999-12-31', NULL), ('PIT', 'PIT', '1900-01-01', '9999-12-31', NULL),
  ('SDG', 'SD', '1900-01-01', '9999-12-31', 'SBRO code for San Diego'),
  ('SEA', 'SEA', '1900-01-01', '9999-12-31', NULL),
  ('SFO', 'SF', '1900-01-01', '9999-12-31', 'SBRO code for San Francisco'),
  ('STL', 'STL', '1900-01-01', '9999-12-31', NULL),
  ('TAM', 'TB', '1900-01-01', '9999-12-31', 'SBRO code for Tampa Bay'),
  ('TEX', 'TEX', '1900-01-01', '9999-12-31', NULL), ('TOR', 'TOR', '1900-01-01', '9999-12-31', NULL),
  ('WAS', 'WSH', '2005-01-01', '9999-12-31', 'SBRO code for Washington')
) AS x(a, c, f, t, n);

COMMIT;
