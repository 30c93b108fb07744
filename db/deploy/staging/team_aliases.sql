-- Deploy mlb:staging/team_aliases
-- Explicit team aliases per source with validity.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.team_aliases (
  source text NOT NULL REFERENCES raw_data.sources (source),
  alias text NOT NULL,
  alias_normalized text GENERATED ALWAYS AS (staging.normalize_name(alias)) STORED,
  team_code text NOT NULL REFERENCES staging.teams (team_code),
  valid_from date NOT NULL DEFAULT '1900-01-01',
  valid_to date NOT NULL DEFAULT '9999-12-31',
  note text,
  PRIMARY KEY (source, alias_normalized, valid_from),
  CHECK (valid_to >= valid_from)
);
COMMENT ON TABLE staging.team_aliases IS 'Every name or code each source uses for a club, with the dates it was in use (renames and moves). Lookup is exact on the normalised alias and the game date; an alias not here is a validation failure, never a guess.';
COMMENT ON COLUMN staging.team_aliases.source IS 'Source that uses the alias.';
COMMENT ON COLUMN staging.team_aliases.alias IS 'The name or code as the source writes it.';
COMMENT ON COLUMN staging.team_aliases.alias_normalized IS 'staging.normalize_name(alias): the lookup key.';
COMMENT ON COLUMN staging.team_aliases.team_code IS 'The club it means.';
COMMENT ON COLUMN staging.team_aliases.valid_from IS 'First game date the alias means this club.';
COMMENT ON COLUMN staging.team_aliases.valid_to IS 'Last game date the alias means this club.';
COMMENT ON COLUMN staging.team_aliases.note IS 'Why the alias exists (quirks, renames).';

-- Full names, used by the sources that write names.
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from)
SELECT s.source, t.name, t.team_code,
       CASE t.team_code WHEN 'ATH' THEN date '2025-01-01' WHEN 'CLE' THEN date '2021-11-19'
                        WHEN 'MIA' THEN date '2012-01-01' WHEN 'TB' THEN date '2008-01-01'
                        WHEN 'LAA' THEN date '2016-01-01' ELSE date '1900-01-01' END
  FROM staging.teams t
 CROSS JOIN (VALUES ('mlb_stats_api'), ('action_network'), ('vsin'), ('odds_api')) AS s(source);

-- Former names, bounded by the dates they were used.
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from, valid_to, note)
SELECT s.source, f.alias, f.team_code, f.valid_from, f.valid_to, f.note
  FROM (VALUES
    ('Cleveland Indians', 'CLE', date '1915-01-01', date '2021-11-18', 'renamed Guardians on 2021-11-19'),
    ('Oakland Athletics', 'ATH', date '1968-01-01', date '2024-12-31', 'left Oakland after 2024; named Athletics from 2025'),
    ('Florida Marlins', 'MIA', date '1993-01-01', date '2011-12-31', 'renamed Miami Marlins for 2012'),
    ('Tampa Bay Devil Rays', 'TB', date '1998-01-01', date '2007-12-31', 'renamed Rays for 2008'),
    ('Anaheim Angels', 'LAA', date '1997-01-01', date '2004-12-31', 'renamed for 2005'),
    ('Los Angeles Angels of Anaheim', 'LAA', date '2005-01-01', date '2015-12-31', 'shortened to Los Angeles Angels for 2016'),
    ('Montreal Expos', 'WSH', date '1969-01-01', date '2004-12-31', 'moved to Washington for 2005')
  ) AS f(alias, team_code, valid_from, valid_to, note)
 CROSS JOIN (VALUES ('mlb_stats_api'), ('action_network'), ('vsin'), ('odds_api')) AS s(source);

-- Sources that kept an old name after a rename: the quirk is explicit here.
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from, note) VALUES
  ('odds_api', 'Oakland Athletics', 'ATH', '2025-01-01', 'The Odds API may keep the Oakland name after the move'),
  ('vsin', 'Oakland Athletics', 'ATH', '2025-01-01', 'VSIN may keep the Oakland name after the move');

-- Codes. Action Network abbreviations (its ids are matched first).
INSERT INTO staging.team_aliases (source, alias, team_code)
SELECT 'action_network', a, c FROM (VALUES
  ('ARI', 'ARI'), ('ATH', 'ATH'), ('ATL', 'ATL'), ('BAL', 'BAL'), ('BOS', 'BOS'), ('CHC', 'CHC'), ('CWS', 'CWS'),
  ('CIN', 'CIN'), ('CLE', 'CLE'), ('COL', 'COL'), ('DET', 'DET'), ('HOU', 'HOU'), ('KC', 'KC'), ('LAA', 'LAA'),
  ('LAD', 'LAD'), ('MIA', 'MIA'), ('MIL', 'MIL'), ('MIN', 'MIN'), ('NYM', 'NYM'), ('NYY', 'NYY'), ('PHI', 'PHI'),
  ('PIT', 'PIT'), ('SD', 'SD'), ('SF', 'SF'), ('SEA', 'SEA'), ('STL', 'STL'), ('TB', 'TB'), ('TEX', 'TEX'),
  ('TOR', 'TOR'), ('WSH', 'WSH')) AS x(a, c);

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
