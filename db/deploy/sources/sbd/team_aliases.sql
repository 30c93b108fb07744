-- Deploy mlb:sources/sbd/team_aliases
-- How it names the clubs (staging.team_aliases), with the dates each alias holds.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- SportsBettingDime codes (note CHW, WAS, OAK; it still calls Cleveland the Indians).
INSERT INTO staging.team_aliases (source, alias, team_code, note)
SELECT 'sbd', a, c, n FROM (VALUES
  ('ARI', 'ARI', NULL), ('ATL', 'ATL', NULL), ('BAL', 'BAL', NULL), ('BOS', 'BOS', NULL), ('CHC', 'CHC', NULL),
  ('CHW', 'CWS', 'SBD writes CHW for the White Sox'), ('CIN', 'CIN', NULL), ('CLE', 'CLE', 'SBD still names Cleveland the Indians'),
  ('COL', 'COL', NULL), ('DET', 'DET', NULL), ('HOU', 'HOU', NULL), ('KC', 'KC', NULL), ('LAA', 'LAA', NULL),
  ('LAD', 'LAD', NULL), ('MIA', 'MIA', NULL), ('MIL', 'MIL', NULL), ('MIN', 'MIN', NULL), ('NYM', 'NYM', NULL),
  ('NYY', 'NYY', NULL), ('OAK', 'ATH', 'SBD keeps the Oakland code'), ('ATH', 'ATH', NULL), ('PHI', 'PHI', NULL),
  ('PIT', 'PIT', NULL), ('SD', 'SD', NULL), ('SEA', 'SEA', NULL), ('SF', 'SF', NULL), ('STL', 'STL', NULL),
  ('TB', 'TB', NULL), ('TEX', 'TEX', NULL), ('TOR', 'TOR', NULL), ('WAS', 'WSH', 'SBD writes WAS for Washington')
) AS x(a, c, n);

COMMIT;
