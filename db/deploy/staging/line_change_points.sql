-- Deploy mlb:staging/line_change_points
-- Issue 14, the steam window on change points only: the observations that
-- changed the price or points of their series, kept during promotion for the
-- games each batch touched (staging.refresh_line_summaries) instead of found by
-- a window over every observed line whenever curated reads staging.line_movements.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.line_change_points (
  line_id bigint PRIMARY KEY,
  game_id bigint NOT NULL,
  sportsbook_id int NOT NULL,
  market "char" NOT NULL CHECK (market IN ('m', 's', 't')),
  side "char" NOT NULL CHECK (side IN ('h', 'a', 'o', 'u')),
  source text NOT NULL,
  outlet text NOT NULL,
  previous_line numeric(5,1),
  line numeric(5,1),
  previous_price int NOT NULL,
  american_price int NOT NULL,
  observed_at timestamptz NOT NULL,
  previous_change_at timestamptz,
  first_observed_at timestamptz NOT NULL,
  is_live boolean NOT NULL,
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL
);
CREATE INDEX line_change_points_game ON staging.line_change_points (game_id, market, side, sportsbook_id);
COMMENT ON TABLE staging.line_change_points IS 'Change points, stored: every observed (timed) line whose price or points differ from the previous observation of its series (game, book, outlet, market, side and source, in time order), with the previous values. Kept during promotion for the games each batch touched (staging.refresh_line_summaries, computed by staging.change_points_of); read through staging.line_movements, which computes a game marked stale (staging.stale_line_summaries) from its lines instead.';
COMMENT ON INDEX staging.line_change_points_game IS 'A game''s change points by market, side and book (steam, reverse line movement).';
COMMENT ON COLUMN staging.line_change_points.line_id IS 'The observation of the new price (staging.betting_lines).';
COMMENT ON COLUMN staging.line_change_points.game_id IS 'The game.';
COMMENT ON COLUMN staging.line_change_points.sportsbook_id IS 'The book (brand).';
COMMENT ON COLUMN staging.line_change_points.market IS 'Market code (staging.line_codes).';
COMMENT ON COLUMN staging.line_change_points.side IS 'Side code (staging.line_codes).';
COMMENT ON COLUMN staging.line_change_points.source IS 'Source of the series.';
COMMENT ON COLUMN staging.line_change_points.outlet IS 'Outlet of the series: each outlet of a brand is its own series.';
COMMENT ON COLUMN staging.line_change_points.previous_line IS 'Points of the previous observation of the series.';
COMMENT ON COLUMN staging.line_change_points.line IS 'Points after the change.';
COMMENT ON COLUMN staging.line_change_points.previous_price IS 'American price of the previous observation.';
COMMENT ON COLUMN staging.line_change_points.american_price IS 'American price after the change.';
COMMENT ON COLUMN staging.line_change_points.observed_at IS 'When the new price was first observed.';
COMMENT ON COLUMN staging.line_change_points.previous_change_at IS 'The series'' previous change point; NULL for its first change.';
COMMENT ON COLUMN staging.line_change_points.first_observed_at IS 'The series'' first observation.';
COMMENT ON COLUMN staging.line_change_points.is_live IS 'True when observed after first pitch (as stored on the line).';
COMMENT ON COLUMN staging.line_change_points.raw_table IS 'Raw table of the observation (lineage).';
COMMENT ON COLUMN staging.line_change_points.raw_id IS 'Raw row of the observation.';
COMMENT ON COLUMN staging.line_change_points.pipeline_run_id IS 'The run that stored the observation.';
GRANT SELECT ON staging.line_change_points TO mlb_analyst;

COMMIT;
