-- Deploy mlb:staging/games
-- One row per real game.
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

COMMIT;
