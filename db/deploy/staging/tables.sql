-- Deploy mlb:staging/tables
-- The staging model: games, each source's id for them, price observations,
-- betting splits, quarantined problems and per-run quality metrics.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.games (
  game_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  game_pk int UNIQUE,
  game_date date NOT NULL,
  start_time timestamptz,
  home_team text NOT NULL REFERENCES staging.teams (team_code),
  away_team text NOT NULL REFERENCES staging.teams (team_code),
  game_number smallint NOT NULL DEFAULT 1 CHECK (game_number BETWEEN 1 AND 3),
  status text NOT NULL CHECK (status IN ('scheduled', 'live', 'final', 'postponed', 'suspended', 'cancelled')),
  home_score int CHECK (home_score >= 0),
  away_score int CHECK (away_score >= 0),
  innings int CHECK (innings > 0),
  status_source text NOT NULL,
  status_fetched_at timestamptz NOT NULL,
  quality_score numeric(4, 3) NOT NULL CHECK (quality_score BETWEEN 0 AND 1),
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (home_team <> away_team),
  CHECK (status = 'final' OR (home_score IS NULL AND away_score IS NULL) OR status IN ('live', 'suspended')),
  UNIQUE (game_date, home_team, away_team, game_number)
);
CREATE INDEX games_date_idx ON staging.games (game_date);
COMMENT ON TABLE staging.games IS 'One row per real game. Identity: the MLB gamePk when known, otherwise New York date + home + away + game number; a doubleheader is two games. Status and scores come from the MLB schedule when it has the game, else from the source that created it (SBRO for history).';
COMMENT ON COLUMN staging.games.game_id IS 'Game id used by every staging and curated table.';
COMMENT ON COLUMN staging.games.game_pk IS 'MLB Stats API gamePk; NULL until the schedule has the game.';
COMMENT ON COLUMN staging.games.game_date IS 'New York (America/New_York, real DST) date of the first pitch.';
COMMENT ON COLUMN staging.games.start_time IS 'Scheduled first pitch; NULL when the source gives only a date (SBRO).';
COMMENT ON COLUMN staging.games.home_team IS 'Home club (staging.teams), from the source''s explicit home field.';
COMMENT ON COLUMN staging.games.away_team IS 'Away club.';
COMMENT ON COLUMN staging.games.game_number IS '1, or 2 for the second game of a doubleheader.';
COMMENT ON COLUMN staging.games.status IS 'scheduled, live, final, postponed, suspended or cancelled.';
COMMENT ON COLUMN staging.games.home_score IS 'Final (or current) home runs; NULL until known.';
COMMENT ON COLUMN staging.games.away_score IS 'Final (or current) away runs.';
COMMENT ON COLUMN staging.games.innings IS 'Innings played when known (10+ for extra innings).';
COMMENT ON COLUMN staging.games.status_source IS 'Source whose payload set status and scores.';
COMMENT ON COLUMN staging.games.status_fetched_at IS 'Fetch time of that payload; an older payload never overwrites a newer one.';
COMMENT ON COLUMN staging.games.quality_score IS 'Completeness of the game row in [0, 1]: start time, scores for finals, schedule id (see docs/staging.md).';
COMMENT ON COLUMN staging.games.raw_table IS 'Raw table of the payload that last set the row (lineage).';
COMMENT ON COLUMN staging.games.raw_id IS 'Raw row that last set the row.';
COMMENT ON COLUMN staging.games.pipeline_run_id IS 'Run that last wrote the row.';
COMMENT ON COLUMN staging.games.updated_at IS 'When the row was last written.';

CREATE TABLE staging.game_source_ids (
  source text NOT NULL REFERENCES raw_data.sources (source),
  source_game_id text NOT NULL,
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  match_method text NOT NULL CHECK (match_method IN ('mlb_game_pk', 'teams_date_start_time', 'teams_date',
                                                     'teams_date_game_number', 'created')),
  match_confidence numeric(4, 3) NOT NULL CHECK (match_confidence BETWEEN 0 AND 1),
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (source, source_game_id)
);
CREATE INDEX game_source_ids_game_idx ON staging.game_source_ids (game_id);
COMMENT ON TABLE staging.game_source_ids IS 'Each source''s game id mapped to a staging game, with how it was matched. Ambiguous matches are not here: they are in validation_results.';
COMMENT ON COLUMN staging.game_source_ids.source IS 'Source.';
COMMENT ON COLUMN staging.game_source_ids.source_game_id IS 'The source''s game id (as in raw_data.betting_lines_raw.source_game_id).';
COMMENT ON COLUMN staging.game_source_ids.game_id IS 'The staging game.';
COMMENT ON COLUMN staging.game_source_ids.match_method IS 'mlb_game_pk (the schedule itself), teams_date_start_time (same clubs and New York date, nearest start within the setting), teams_date (the only game of those clubs that day), teams_date_game_number (doubleheader game by order), created (no game existed; this source created it).';
COMMENT ON COLUMN staging.game_source_ids.match_confidence IS '1 for exact ids and sole candidates; lower as the start-time difference grows.';
COMMENT ON COLUMN staging.game_source_ids.raw_table IS 'Raw table the mapping was first seen in.';
COMMENT ON COLUMN staging.game_source_ids.raw_id IS 'Raw row the mapping was first seen in.';
COMMENT ON COLUMN staging.game_source_ids.pipeline_run_id IS 'Run that made the mapping.';

CREATE TABLE staging.betting_lines (
  line_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  sportsbook_id int NOT NULL REFERENCES staging.sportsbooks (sportsbook_id),
  market text NOT NULL CHECK (market IN ('moneyline', 'spread', 'total')),
  side text NOT NULL CHECK (side IN ('home', 'away', 'over', 'under')),
  line numeric(5, 1),
  american_price int NOT NULL CHECK (american_price >= 100 OR american_price <= -100),
  decimal_price numeric GENERATED ALWAYS AS (staging.american_to_decimal(american_price)) STORED,
  implied_probability numeric GENERATED ALWAYS AS (staging.american_to_implied_probability(american_price)) STORED,
  observed_at timestamptz,
  line_timing text NOT NULL DEFAULT 'observed' CHECK (line_timing IN ('observed', 'open', 'close')),
  is_opener boolean NOT NULL DEFAULT false,
  is_live boolean NOT NULL DEFAULT false,
  source text NOT NULL REFERENCES raw_data.sources (source),
  quality_score numeric(4, 3) NOT NULL CHECK (quality_score BETWEEN 0 AND 1),
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  CHECK ((market = 'total') = (side IN ('over', 'under'))),
  CHECK ((market = 'moneyline') = (line IS NULL)),
  CHECK (observed_at IS NOT NULL OR line_timing <> 'observed'),
  UNIQUE NULLS NOT DISTINCT (game_id, sportsbook_id, market, side, source, line_timing, observed_at)
);
CREATE INDEX betting_lines_game_idx ON staging.betting_lines (game_id, market, sportsbook_id, side, observed_at);
CREATE INDEX betting_lines_raw_idx ON staging.betting_lines (raw_table, raw_id);
COMMENT ON TABLE staging.betting_lines IS 'One row per observation of a price: game, book, market, side, points, price in three forms, when, from which source and raw row. The unique natural key makes a repeated observation impossible.';
COMMENT ON COLUMN staging.betting_lines.line_id IS 'Observation id.';
COMMENT ON COLUMN staging.betting_lines.game_id IS 'The game.';
COMMENT ON COLUMN staging.betting_lines.sportsbook_id IS 'The book (staging.sportsbooks).';
COMMENT ON COLUMN staging.betting_lines.market IS 'moneyline, spread (run line) or total.';
COMMENT ON COLUMN staging.betting_lines.side IS 'home or away (moneyline, spread); over or under (total).';
COMMENT ON COLUMN staging.betting_lines.line IS 'Points: the side''s run line (-1.5 lays, +1.5 takes) or the total; NULL for moneylines.';
COMMENT ON COLUMN staging.betting_lines.american_price IS 'American odds; never between -100 and +100 exclusive.';
COMMENT ON COLUMN staging.betting_lines.decimal_price IS 'Decimal odds (return per unit staked), from american_price.';
COMMENT ON COLUMN staging.betting_lines.implied_probability IS 'Implied probability including the book''s margin, from american_price.';
COMMENT ON COLUMN staging.betting_lines.observed_at IS 'When the price held (history point, market update or fetch time). NULL only for SBRO open/close lines.';
COMMENT ON COLUMN staging.betting_lines.line_timing IS 'observed (a timed observation), or open/close (SBRO season lines, untimed).';
COMMENT ON COLUMN staging.betting_lines.is_opener IS 'True for the earliest observation of this game, book, market and side from this source (and SBRO open lines).';
COMMENT ON COLUMN staging.betting_lines.is_live IS 'True when observed after first pitch (in-play); such prices are kept but never used as pre-game lines.';
COMMENT ON COLUMN staging.betting_lines.source IS 'Source that reported the price.';
COMMENT ON COLUMN staging.betting_lines.quality_score IS '0.4 completeness + 0.4 validity + 0.2 consistency, in [0, 1] (docs/staging.md).';
COMMENT ON COLUMN staging.betting_lines.raw_table IS 'Raw table of the payload (lineage).';
COMMENT ON COLUMN staging.betting_lines.raw_id IS 'Raw row of the payload.';
COMMENT ON COLUMN staging.betting_lines.pipeline_run_id IS 'Run that wrote the row.';

CREATE TABLE staging.betting_splits (
  split_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  source text NOT NULL REFERENCES raw_data.sources (source),
  sportsbook_id int REFERENCES staging.sportsbooks (sportsbook_id),
  market text NOT NULL CHECK (market IN ('moneyline', 'spread', 'total')),
  side text NOT NULL CHECK (side IN ('home', 'away', 'over', 'under')),
  bets_percent numeric(5, 2) CHECK (bets_percent BETWEEN 0 AND 100),
  money_percent numeric(5, 2) CHECK (money_percent BETWEEN 0 AND 100),
  bet_count int CHECK (bet_count >= 0),
  observed_at timestamptz NOT NULL,
  quality_score numeric(4, 3) NOT NULL CHECK (quality_score BETWEEN 0 AND 1),
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  CHECK ((market = 'total') = (side IN ('over', 'under'))),
  CHECK (bets_percent IS NOT NULL OR money_percent IS NOT NULL),
  UNIQUE NULLS NOT DISTINCT (game_id, source, sportsbook_id, market, side, observed_at)
);
CREATE INDEX betting_splits_game_idx ON staging.betting_splits (game_id, market, observed_at);
COMMENT ON TABLE staging.betting_splits IS 'Public betting per game, source (and book or view), market and side: share of bets (tickets) and of money (handle).';
COMMENT ON COLUMN staging.betting_splits.split_id IS 'Split observation id.';
COMMENT ON COLUMN staging.betting_splits.game_id IS 'The game.';
COMMENT ON COLUMN staging.betting_splits.source IS 'Source (action_network, sbd, vsin).';
COMMENT ON COLUMN staging.betting_splits.sportsbook_id IS 'The book whose customers these are (VSIN view, Action Network book); NULL when the source aggregates (SBD).';
COMMENT ON COLUMN staging.betting_splits.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN staging.betting_splits.side IS 'home, away, over or under.';
COMMENT ON COLUMN staging.betting_splits.bets_percent IS 'Share of bets (tickets) on this side, 0-100.';
COMMENT ON COLUMN staging.betting_splits.money_percent IS 'Share of money (handle) on this side, 0-100.';
COMMENT ON COLUMN staging.betting_splits.bet_count IS 'Number of bets on this side, when the source gives it.';
COMMENT ON COLUMN staging.betting_splits.observed_at IS 'When the split held (the source''s update time, else the fetch time).';
COMMENT ON COLUMN staging.betting_splits.quality_score IS 'Completeness and consistency of the split in [0, 1] (docs/staging.md).';
COMMENT ON COLUMN staging.betting_splits.raw_table IS 'Raw table of the payload (lineage).';
COMMENT ON COLUMN staging.betting_splits.raw_id IS 'Raw row of the payload.';
COMMENT ON COLUMN staging.betting_splits.pipeline_run_id IS 'Run that wrote the row.';

CREATE TABLE staging.validation_results (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  rule text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('reject', 'warn')),
  entity text NOT NULL CHECK (entity IN ('payload', 'game', 'line', 'split', 'book')),
  source text NOT NULL,
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  record_ref text NOT NULL,
  game_date date,
  details jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (rule, raw_table, raw_id, record_ref)
);
CREATE INDEX validation_results_raw_idx ON staging.validation_results (raw_table, raw_id);
COMMENT ON TABLE staging.validation_results IS 'One row per failed rule per raw record: rejected records are quarantined here with the reason, never silently dropped; warnings are promoted but noted. Unique per rule and record, so re-promotion adds nothing.';
COMMENT ON COLUMN staging.validation_results.id IS 'Result id.';
COMMENT ON COLUMN staging.validation_results.pipeline_run_id IS 'Run that found it.';
COMMENT ON COLUMN staging.validation_results.rule IS 'Rule name (docs/staging.md lists them).';
COMMENT ON COLUMN staging.validation_results.severity IS 'reject (not promoted) or warn (promoted, noted).';
COMMENT ON COLUMN staging.validation_results.entity IS 'What failed: the payload, a game, a line, a split or a book.';
COMMENT ON COLUMN staging.validation_results.source IS 'Source of the record.';
COMMENT ON COLUMN staging.validation_results.raw_table IS 'Raw table of the record (lineage).';
COMMENT ON COLUMN staging.validation_results.raw_id IS 'Raw row of the record.';
COMMENT ON COLUMN staging.validation_results.record_ref IS 'Which record inside the payload (source game id, book, market, side, time).';
COMMENT ON COLUMN staging.validation_results.game_date IS 'New York date the record concerns, when known (for rebuilds).';
COMMENT ON COLUMN staging.validation_results.details IS 'The offending values, as the source stated them.';
COMMENT ON COLUMN staging.validation_results.created_at IS 'When it was found.';

CREATE TABLE staging.data_quality_metrics (
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  source text NOT NULL,
  table_name text NOT NULL,
  rows_read int NOT NULL,
  rows_promoted int NOT NULL,
  rows_warned int NOT NULL,
  rows_rejected int NOT NULL,
  success_rate numeric(5, 4) GENERATED ALWAYS AS (
    CASE WHEN rows_read > 0 THEN round((rows_read - rows_rejected)::numeric / rows_read, 4) END) STORED,
  PRIMARY KEY (pipeline_run_id, source, table_name)
);
COMMENT ON TABLE staging.data_quality_metrics IS 'Per run, source and staging table: records read, promoted (new rows), warned and rejected, and the validation success rate.';
COMMENT ON COLUMN staging.data_quality_metrics.pipeline_run_id IS 'The run.';
COMMENT ON COLUMN staging.data_quality_metrics.source IS 'Source.';
COMMENT ON COLUMN staging.data_quality_metrics.table_name IS 'Staging table (games, betting_lines, betting_splits, sportsbook_source_ids).';
COMMENT ON COLUMN staging.data_quality_metrics.rows_read IS 'Records read from raw for this table.';
COMMENT ON COLUMN staging.data_quality_metrics.rows_promoted IS 'Rows newly written (repeats of existing observations are not counted).';
COMMENT ON COLUMN staging.data_quality_metrics.rows_warned IS 'Records promoted with a warning.';
COMMENT ON COLUMN staging.data_quality_metrics.rows_rejected IS 'Records quarantined in validation_results.';
COMMENT ON COLUMN staging.data_quality_metrics.success_rate IS '(read - rejected) / read.';

GRANT SELECT ON staging.validation_results, staging.data_quality_metrics TO mlb_analyst;

COMMIT;
