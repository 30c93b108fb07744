-- Deploy mlb:sources/action_network/team_aliases
-- How it names the clubs (staging.team_aliases), with the dates each alias holds.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The clubs' current and former names (staging.team_name_aliases).
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from, valid_to, note)
SELECT 'action_network', a.alias, a.team_code, a.valid_from, a.valid_to, a.note FROM staging.team_name_aliases() a;

-- Codes. Action Network abbreviations (its ids are matched first).
INSERT INTO staging.team_aliases (source, alias, team_code)
SELECT 'action_network', a, c FROM (VALUES
  ('ARI', 'ARI'), ('ATH', 'ATH'), ('ATL', 'ATL'), ('BAL', 'BAL'), ('BOS', 'BOS'), ('CHC', 'CHC'), ('CWS', 'CWS'),
  ('CIN', 'CIN'), ('CLE', 'CLE'), ('COL', 'COL'), ('DET', 'DET'), ('HOU', 'HOU'), ('KC', 'KC'), ('LAA', 'LAA'),
  ('LAD', 'LAD'), ('MIA', 'MIA'), ('MIL', 'MIL'), ('MIN', 'MIN'), ('NYM', 'NYM'), ('NYY', 'NYY'), ('PHI', 'PHI'),
  ('PIT', 'PIT'), ('SD', 'SD'), ('SF', 'SF'), ('SEA', 'SEA'), ('STL', 'STL'), ('TB', 'TB'), ('TEX', 'TEX'),
  ('TOR', 'TOR'), ('WSH', 'WSH')) AS x(a, c);

COMMIT;
