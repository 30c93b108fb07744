-- Deploy mlb:staging/line_summaries
-- Issue 14, per-game summaries kept during promotion: per game, book, market
-- and side, which stored observations are the open, the close and the latest,
-- how many there are, first and last seen. Promotion computes the games
-- a batch touched (staging.refresh_line_summaries) and curated.rebuild_lines
-- reads them instead of aggregating every line of its games.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.line_summaries (
  game_id bigint NOT NULL,
  sportsbook_id int NOT NULL,
  market "char" NOT NULL CHECK (market IN ('m', 's', 't')),
  side "char" NOT NULL CHECK (side IN ('h', 'a', 'o', 'u')),
  observations int NOT NULL CHECK (observations > 0),
  open_line_id bigint,
  close_line_id bigint,
  latest_line_id bigint NOT NULL,
  first_observed_at timestamptz,
  last_observed_at timestamptz,
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL,
  PRIMARY KEY (game_id, sportsbook_id, market, side)
);
COMMENT ON TABLE staging.line_summaries IS 'One row per game, book (brand), market and side that has observations: which of its stored lines (staging.betting_line_rows) is the open (stated, else the first pre-game observation), the close (stated, else the last pre-game observation) and the latest, with counts. Kept during promotion for the games each batch touched (staging.refresh_line_summaries, the same rule a rebuild from raw runs); curated.rebuild_lines reads it. A game marked in staging.stale_line_summaries is computed again before curated reads it.';
COMMENT ON COLUMN staging.line_summaries.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN staging.line_summaries.sportsbook_id IS 'The book (brand) whose observations these are, over all its outlets and sources.';
COMMENT ON COLUMN staging.line_summaries.market IS 'Market code (staging.line_codes): m moneyline, s spread, t total.';
COMMENT ON COLUMN staging.line_summaries.side IS 'Side code (staging.line_codes): h home, a away, o over, u under.';
COMMENT ON COLUMN staging.line_summaries.observations IS 'Stored observations of this book, market and side (every timing, outlet and source).';
COMMENT ON COLUMN staging.line_summaries.open_line_id IS 'The open: the stated opener, else the first pre-game observation (ties: the stated source and outlet); NULL when nothing was pre-game.';
COMMENT ON COLUMN staging.line_summaries.close_line_id IS 'The close: the stated closing line, else the last pre-game observation (ties: the stated source and outlet); NULL when nothing was pre-game.';
COMMENT ON COLUMN staging.line_summaries.latest_line_id IS 'The newest observation (undated opens and closes last).';
COMMENT ON COLUMN staging.line_summaries.first_observed_at IS 'Earliest observation time.';
COMMENT ON COLUMN staging.line_summaries.last_observed_at IS 'Latest observation time.';
COMMENT ON COLUMN staging.line_summaries.raw_table IS 'Raw table of the latest observation (lineage; every pick traces to its own raw row through staging.betting_lines).';
COMMENT ON COLUMN staging.line_summaries.raw_id IS 'Raw row of the latest observation.';
COMMENT ON COLUMN staging.line_summaries.pipeline_run_id IS 'The run that computed this row (a promotion, a staging rebuild or a curated rebuild).';
GRANT SELECT ON staging.line_summaries TO mlb_analyst;

COMMIT;
