-- Deploy mlb:staging/teams
-- The 30 clubs with their source ids.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.teams (
  team_code text PRIMARY KEY CHECK (team_code ~ '^[A-Z]{2,3}$'),
  mlb_team_id int NOT NULL UNIQUE,
  action_network_team_id int NOT NULL UNIQUE,
  name text NOT NULL UNIQUE,
  league text NOT NULL CHECK (league IN ('AL', 'NL')),
  division text NOT NULL CHECK (division IN ('East', 'Central', 'West'))
);
COMMENT ON TABLE staging.teams IS 'The 30 MLB clubs with each source''s numeric id. Ids are matched exactly; names go through staging.team_aliases.';
COMMENT ON COLUMN staging.teams.team_code IS 'Canonical club code used throughout staging and curated.';
COMMENT ON COLUMN staging.teams.mlb_team_id IS 'MLB Stats API team id.';
COMMENT ON COLUMN staging.teams.action_network_team_id IS 'Action Network team id (187-216).';
COMMENT ON COLUMN staging.teams.name IS 'Current full club name.';
COMMENT ON COLUMN staging.teams.league IS 'AL or NL.';
COMMENT ON COLUMN staging.teams.division IS 'East, Central or West.';

INSERT INTO staging.teams VALUES
  ('ARI', 109, 205, 'Arizona Diamondbacks', 'NL', 'West'),
  ('ATH', 133, 201, 'Athletics', 'AL', 'West'),
  ('ATL', 144, 215, 'Atlanta Braves', 'NL', 'East'),
  ('BAL', 110, 187, 'Baltimore Orioles', 'AL', 'East'),
  ('BOS', 111, 190, 'Boston Red Sox', 'AL', 'East'),
  ('CHC', 112, 206, 'Chicago Cubs', 'NL', 'Central'),
  ('CWS', 145, 194, 'Chicago White Sox', 'AL', 'Central'),
  ('CIN', 113, 202, 'Cincinnati Reds', 'NL', 'Central'),
  ('CLE', 114, 193, 'Cleveland Guardians', 'AL', 'Central'),
  ('COL', 115, 210, 'Colorado Rockies', 'NL', 'West'),
  ('DET', 116, 195, 'Detroit Tigers', 'AL', 'Central'),
  ('HOU', 117, 199, 'Houston Astros', 'AL', 'West'),
  ('KC', 118, 192, 'Kansas City Royals', 'AL', 'Central'),
  ('LAA', 108, 198, 'Los Angeles Angels', 'AL', 'West'),
  ('LAD', 119, 204, 'Los Angeles Dodgers', 'NL', 'West'),
  ('MIA', 146, 214, 'Miami Marlins', 'NL', 'East'),
  ('MIL', 158, 208, 'Milwaukee Brewers', 'NL', 'Central'),
  ('MIN', 142, 196, 'Minnesota Twins', 'AL', 'Central'),
  ('NYM', 121, 213, 'New York Mets', 'NL', 'East'),
  ('NYY', 147, 191, 'New York Yankees', 'AL', 'East'),
  ('PHI', 143, 212, 'Philadelphia Phillies', 'NL', 'East'),
  ('PIT', 134, 203, 'Pittsburgh Pirates', 'NL', 'Central'),
  ('SD', 135, 211, 'San Diego Padres', 'NL', 'West'),
  ('SF', 137, 209, 'San Francisco Giants', 'NL', 'West'),
  ('SEA', 136, 197, 'Seattle Mariners', 'AL', 'West'),
  ('STL', 138, 207, 'St. Louis Cardinals', 'NL', 'Central'),
  ('TB', 139, 189, 'Tampa Bay Rays', 'AL', 'East'),
  ('TEX', 140, 200, 'Texas Rangers', 'AL', 'West'),
  ('TOR', 141, 188, 'Toronto Blue Jays', 'AL', 'East'),
  ('WSH', 120, 216, 'Washington Nationals', 'NL', 'East');

COMMIT;
