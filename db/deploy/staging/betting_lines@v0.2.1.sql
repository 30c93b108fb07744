-- Deploy mlb:staging/betting_lines
-- One row per price observation.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- About 7 million rows a season. Its references (game, sportsbook, source, run)
-- are checked once per statement by staging.check_betting_line_references(),
-- not by per-row foreign keys (11 microseconds a line); the parents keep their
-- rules through staging.delete_lines_of_deleted_games() and
-- staging.refuse_deleting_referenced_parents(). The unique key, which leads
-- with game_id, serves every by-game lookup.
CREATE TABLE staging.betting_lines (
  line_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  game_id bigint NOT NULL,
  sportsbook_id int NOT NULL,
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
  source text NOT NULL,
  quality_score numeric(4, 3) NOT NULL CHECK (quality_score BETWEEN 0 AND 1),
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL,
  CHECK ((market = 'total') = (side IN ('over', 'under'))),
  CHECK ((market = 'moneyline') = (line IS NULL)),
  CHECK (observed_at IS NOT NULL OR line_timing <> 'observed'),
  UNIQUE NULLS NOT DISTINCT (game_id, sportsbook_id, market, side, source, line_timing, observed_at)
);
CREATE INDEX betting_lines_raw_idx ON staging.betting_lines (raw_table, raw_id);
COMMENT ON TABLE staging.betting_lines IS 'One row per observation of a price: game, book, market, side, points, price in three forms, when, from which source and raw row. The unique natural key makes a repeated observation impossible.';
COMMENT ON COLUMN staging.betting_lines.line_id IS 'Observation id.';
COMMENT ON COLUMN staging.betting_lines.sportsbook_id IS 'The book (staging.sportsbooks); checked per statement by staging.check_betting_line_references().';
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
COMMENT ON COLUMN staging.betting_lines.game_id IS 'The game (staging.games); checked per statement by staging.check_betting_line_references(), and deleted with its game.';

COMMIT;
