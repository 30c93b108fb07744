-- Deploy mlb:staging/reference
-- Reference data: the 30 clubs, every source's names for them, and books.
-- Provenance: MLB Stats API team ids (statsapi.mlb.com /api/v1/teams);
-- Action Network team ids 187-216 as served by its scoreboard on 2025-07-01;
-- SBD codes as served by its splits feed in 2025; SBRO codes as printed in its
-- 2014 and 2018 season spreadsheets; Odds API bookmaker keys as listed in its
-- v4 documentation and responses.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION staging.normalize_name(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN nullif(lower(regexp_replace(btrim(name), '\s+', ' ', 'g')), '');
COMMENT ON FUNCTION staging.normalize_name(text) IS 'The key alias lookups compare: trimmed, lower case, inner whitespace collapsed. Nothing else (no substring or prefix matching).';

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

-- No SET clause: it must stay inlinable, promotion calls it per row.
CREATE FUNCTION staging.team_for_alias(p_source text, p_alias text, p_date date) RETURNS text
LANGUAGE sql STABLE STRICT
RETURN (
  SELECT CASE WHEN count(DISTINCT a.team_code) = 1 THEN min(a.team_code) END
    FROM staging.team_aliases a
   WHERE a.source = p_source AND a.alias_normalized = staging.normalize_name(p_alias)
     AND p_date BETWEEN a.valid_from AND a.valid_to
);
COMMENT ON FUNCTION staging.team_for_alias(text, text, date) IS 'The club a source''s name or code meant on a date: exact match on the normalised alias within its validity; NULL when unknown or ambiguous (never a guess).';

CREATE TABLE staging.sportsbooks (
  sportsbook_id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  book_key text NOT NULL UNIQUE CHECK (book_key ~ '^[a-z][a-z0-9_]*$'),
  name text NOT NULL,
  is_bettable boolean NOT NULL,
  kind text NOT NULL CHECK (kind IN ('sportsbook', 'exchange', 'consensus', 'opening_line', 'historical'))
);
COMMENT ON TABLE staging.sportsbooks IS 'One row per book. Consensus and opening-line pseudo-books are not bettable: analyses never take their prices as bets.';
COMMENT ON COLUMN staging.sportsbooks.sportsbook_id IS 'Book id used throughout staging and curated.';
COMMENT ON COLUMN staging.sportsbooks.book_key IS 'Stable lower snake case key.';
COMMENT ON COLUMN staging.sportsbooks.name IS 'Display name.';
COMMENT ON COLUMN staging.sportsbooks.is_bettable IS 'Whether its prices could be bet (false for consensus and opening-line aggregates).';
COMMENT ON COLUMN staging.sportsbooks.kind IS 'sportsbook, exchange, consensus, opening_line, or historical (a season file''s lines).';

INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind) VALUES
  ('consensus', 'Consensus (Action Network)', false, 'consensus'),
  ('opening_line', 'Opening line (Action Network)', false, 'opening_line'),
  ('sbro', 'SportsbookReviewsOnline season lines', true, 'historical'),
  ('draftkings', 'DraftKings', true, 'sportsbook'), ('fanduel', 'FanDuel', true, 'sportsbook'),
  ('betmgm', 'BetMGM', true, 'sportsbook'), ('caesars', 'Caesars', true, 'sportsbook'),
  ('bet365', 'bet365', true, 'sportsbook'), ('fanatics', 'Fanatics', true, 'sportsbook'),
  ('betrivers', 'BetRivers', true, 'sportsbook'), ('pointsbet', 'PointsBet', true, 'sportsbook'),
  ('espnbet', 'ESPN BET', true, 'sportsbook'), ('hardrock', 'Hard Rock Bet', true, 'sportsbook'),
  ('circa', 'Circa Sports', true, 'sportsbook'), ('pinnacle', 'Pinnacle', true, 'sportsbook'),
  ('bovada', 'Bovada', true, 'sportsbook'), ('betonline', 'BetOnline.ag', true, 'sportsbook'),
  ('lowvig', 'LowVig.ag', true, 'sportsbook'), ('mybookie', 'MyBookie.ag', true, 'sportsbook'),
  ('betus', 'BetUS', true, 'sportsbook'), ('barstool', 'Barstool Sportsbook', true, 'sportsbook'),
  ('foxbet', 'FOX Bet', true, 'sportsbook'), ('sugarhouse', 'SugarHouse', true, 'sportsbook'),
  ('twinspires', 'TwinSpires', true, 'sportsbook'), ('unibet', 'Unibet', true, 'sportsbook'),
  ('wynnbet', 'WynnBET', true, 'sportsbook'), ('superbook', 'SuperBook', true, 'sportsbook'),
  ('gtbets', 'GTbets', true, 'sportsbook'), ('intertops', 'Intertops', true, 'sportsbook'),
  ('betfair', 'Betfair', true, 'exchange'), ('betclic', 'Betclic', true, 'sportsbook'),
  ('casumo', 'Casumo', true, 'sportsbook'), ('coral', 'Coral', true, 'sportsbook'),
  ('ladbrokes', 'Ladbrokes', true, 'sportsbook'), ('marathonbet', 'Marathon Bet', true, 'sportsbook'),
  ('mrgreen', 'Mr Green', true, 'sportsbook'), ('nordicbet', 'Nordic Bet', true, 'sportsbook'),
  ('onexbet', '1xBet', true, 'sportsbook'), ('paddypower', 'Paddy Power', true, 'sportsbook'),
  ('sport888', '888sport', true, 'sportsbook'), ('williamhill', 'William Hill (UK)', true, 'sportsbook');

CREATE TABLE staging.sportsbook_source_ids (
  source text NOT NULL REFERENCES raw_data.sources (source),
  source_book_key text NOT NULL,
  sportsbook_id int NOT NULL REFERENCES staging.sportsbooks (sportsbook_id),
  origin text NOT NULL CHECK (origin IN ('reference', 'catalogue')),
  raw_table text,
  raw_id bigint,
  PRIMARY KEY (source, source_book_key)
);
COMMENT ON TABLE staging.sportsbook_source_ids IS 'How each source identifies each book: SBD names, VSIN views, Odds API keys and SBRO are reference rows; Action Network ids come from its own /web/v1/books catalogue in raw (origin catalogue, with the raw row).';
COMMENT ON COLUMN staging.sportsbook_source_ids.source IS 'Source.';
COMMENT ON COLUMN staging.sportsbook_source_ids.source_book_key IS 'The source''s identifier for the book (an Action Network book id as text, an Odds API key, an SBD name, a VSIN view).';
COMMENT ON COLUMN staging.sportsbook_source_ids.sportsbook_id IS 'The book.';
COMMENT ON COLUMN staging.sportsbook_source_ids.origin IS 'reference (deployed here) or catalogue (promoted from a source catalogue in raw).';
COMMENT ON COLUMN staging.sportsbook_source_ids.raw_table IS 'For catalogue rows, the raw table of the catalogue.';
COMMENT ON COLUMN staging.sportsbook_source_ids.raw_id IS 'For catalogue rows, the raw row of the catalogue.';

INSERT INTO staging.sportsbook_source_ids (source, source_book_key, sportsbook_id, origin)
SELECT x.source, x.k, b.sportsbook_id, 'reference'
  FROM (VALUES
    ('sbd', 'bet365', 'bet365'), ('sbd', 'betmgm', 'betmgm'), ('sbd', 'caesars', 'caesars'),
    ('sbd', 'draftkings', 'draftkings'), ('sbd', 'fanatics', 'fanatics'), ('sbd', 'fanduel', 'fanduel'),
    ('vsin', 'draftkings', 'draftkings'), ('vsin', 'circa', 'circa'), ('vsin', 'fanduel', 'fanduel'),
    ('vsin', 'mgm', 'betmgm'), ('vsin', 'caesars', 'caesars'),
    ('sbro', 'sbro', 'sbro'),
    ('odds_api', 'barstool', 'barstool'), ('odds_api', 'betclic', 'betclic'), ('odds_api', 'betfair', 'betfair'),
    ('odds_api', 'betmgm', 'betmgm'), ('odds_api', 'betonlineag', 'betonline'), ('odds_api', 'betrivers', 'betrivers'),
    ('odds_api', 'betus', 'betus'), ('odds_api', 'bovada', 'bovada'), ('odds_api', 'casumo', 'casumo'),
    ('odds_api', 'circasports', 'circa'), ('odds_api', 'coral', 'coral'), ('odds_api', 'draftkings', 'draftkings'),
    ('odds_api', 'fanduel', 'fanduel'), ('odds_api', 'foxbet', 'foxbet'), ('odds_api', 'gtbets', 'gtbets'),
    ('odds_api', 'intertops', 'intertops'), ('odds_api', 'ladbrokes', 'ladbrokes'), ('odds_api', 'lowvig', 'lowvig'),
    ('odds_api', 'marathonbet', 'marathonbet'), ('odds_api', 'mrgreen', 'mrgreen'), ('odds_api', 'mybookieag', 'mybookie'),
    ('odds_api', 'nordicbet', 'nordicbet'), ('odds_api', 'onexbet', 'onexbet'), ('odds_api', 'paddypower', 'paddypower'),
    ('odds_api', 'pinnacle', 'pinnacle'), ('odds_api', 'sport888', 'sport888'), ('odds_api', 'sugarhouse', 'sugarhouse'),
    ('odds_api', 'superbook', 'superbook'), ('odds_api', 'twinspires', 'twinspires'), ('odds_api', 'unibet', 'unibet'),
    ('odds_api', 'williamhill', 'williamhill'), ('odds_api', 'williamhill_us', 'caesars'), ('odds_api', 'wynnbet', 'wynnbet'),
    ('odds_api', 'espnbet', 'espnbet'), ('odds_api', 'fanatics', 'fanatics'), ('odds_api', 'hardrockbet', 'hardrock'),
    ('odds_api', 'pointsbetus', 'pointsbet')
  ) AS x(source, k, book_key)
  JOIN staging.sportsbooks b ON b.book_key = x.book_key;

CREATE TABLE staging.sportsbook_name_aliases (
  alias text NOT NULL,
  alias_normalized text GENERATED ALWAYS AS (staging.normalize_name(alias)) STORED PRIMARY KEY,
  sportsbook_id int NOT NULL REFERENCES staging.sportsbooks (sportsbook_id)
);
COMMENT ON TABLE staging.sportsbook_name_aliases IS 'Book names as source catalogues write them (Action Network /web/v1/books display names), matched exactly after normalisation.';
COMMENT ON COLUMN staging.sportsbook_name_aliases.alias IS 'The name as a catalogue writes it.';
COMMENT ON COLUMN staging.sportsbook_name_aliases.alias_normalized IS 'staging.normalize_name(alias): the lookup key.';
COMMENT ON COLUMN staging.sportsbook_name_aliases.sportsbook_id IS 'The book it means.';

INSERT INTO staging.sportsbook_name_aliases (alias, sportsbook_id)
SELECT x.alias, b.sportsbook_id FROM (VALUES
  ('Consensus', 'consensus'), ('Open', 'opening_line'), ('Opening Line', 'opening_line'), ('Opener', 'opening_line'),
  ('DraftKings', 'draftkings'), ('DK', 'draftkings'), ('FanDuel', 'fanduel'), ('BetMGM', 'betmgm'),
  ('Caesars', 'caesars'), ('Caesars Sportsbook', 'caesars'), ('William Hill', 'caesars'), ('bet365', 'bet365'),
  ('Fanatics', 'fanatics'), ('BetRivers', 'betrivers'), ('PointsBet', 'pointsbet'), ('ESPN BET', 'espnbet'),
  ('Hard Rock', 'hardrock'), ('Hard Rock Bet', 'hardrock'), ('Circa', 'circa'), ('Circa Sports', 'circa'),
  ('Pinnacle', 'pinnacle'), ('Bovada', 'bovada'), ('BetOnline', 'betonline'), ('WynnBET', 'wynnbet'),
  ('Unibet', 'unibet'), ('SugarHouse', 'sugarhouse'), ('Barstool', 'barstool'), ('TwinSpires', 'twinspires')
) AS x(alias, book_key) JOIN staging.sportsbooks b ON b.book_key = x.book_key;

GRANT EXECUTE ON FUNCTION staging.normalize_name(text), staging.team_for_alias(text, text, date) TO mlb_analyst;

COMMIT;
