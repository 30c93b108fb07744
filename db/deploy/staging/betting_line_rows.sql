-- Deploy mlb:staging/betting_line_rows
-- The narrow lines table, partitioned by season. The observations of prices
-- are stored here: market, side and timing as one-byte codes
-- (staging.line_codes), no stored decimal price or probability (computed from
-- the American price when read: the same exact numerics), the natural key on
-- the game, book and codes first and the texts last, and the lineage index a
-- BRIN on the raw id (lines are stored in raw id order). Readers read the view
-- staging.betting_lines. Measured on 180,000 lines of a batch: 0.55-0.58 s to
-- insert against 1.08 s for a wide table (docs/performance.md).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.betting_line_rows (
  line_id bigint GENERATED ALWAYS AS IDENTITY,
  season smallint NOT NULL,
  game_id bigint NOT NULL,
  sportsbook_id int NOT NULL,
  market "char" NOT NULL CHECK (market IN ('m', 's', 't')),
  side "char" NOT NULL CHECK (side IN ('h', 'a', 'o', 'u')),
  line numeric(5,1),
  american_price int NOT NULL CHECK (american_price >= 100 OR american_price <= -100),
  observed_at timestamptz,
  line_timing "char" NOT NULL DEFAULT 'T' CHECK (line_timing IN ('T', 'O', 'C')),
  is_opener boolean NOT NULL DEFAULT false,
  is_live boolean NOT NULL DEFAULT false,
  source text NOT NULL,
  quality_score numeric(4,3) NOT NULL CHECK (quality_score >= 0 AND quality_score <= 1),
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL,
  raw_fetched_at timestamptz NOT NULL,
  outlet text NOT NULL DEFAULT '',
  stated_decimal_price numeric CHECK (stated_decimal_price > 1),
  CONSTRAINT betting_line_rows_total_sides CHECK ((market = 't') = (side IN ('o', 'u'))),
  CONSTRAINT betting_line_rows_moneyline_no_line CHECK ((market = 'm') = (line IS NULL)),
  CONSTRAINT betting_line_rows_observed_timed CHECK (observed_at IS NOT NULL OR line_timing <> 'T'),
  CONSTRAINT betting_line_rows_pkey PRIMARY KEY (line_id, season),
  CONSTRAINT betting_line_rows_natural_key
    UNIQUE NULLS NOT DISTINCT (game_id, sportsbook_id, market, side, line_timing, observed_at, source, outlet, season)
) PARTITION BY LIST (season);
CREATE INDEX betting_line_rows_raw_brin ON staging.betting_line_rows USING brin (raw_id);
COMMENT ON TABLE staging.betting_line_rows IS 'Where staging.betting_lines is stored, narrow: one row per observation of a price with market, side and timing as one-byte codes (staging.line_codes), partitioned by season (staging.betting_line_rows_2024, ...; staging.add_line_partitions). Read staging.betting_lines, which shows the names and the decimal price and implied probability; promotion writes here. The unique natural key makes a repeated observation impossible.';
COMMENT ON COLUMN staging.betting_line_rows.line_id IS 'Observation id (unique: one sequence for every season).';
COMMENT ON COLUMN staging.betting_line_rows.season IS 'The season: the year of the game''s New York date; the partition key (docs/operations.md, "Seasons").';
COMMENT ON COLUMN staging.betting_line_rows.game_id IS 'The game (staging.games); checked per statement by staging.check_betting_line_references(), and deleted with its game.';
COMMENT ON COLUMN staging.betting_line_rows.sportsbook_id IS 'The book (staging.sportsbooks); checked per statement by staging.check_betting_line_references().';
COMMENT ON COLUMN staging.betting_line_rows.market IS 'Market code: m moneyline, s spread (run line), t total (staging.line_codes).';
COMMENT ON COLUMN staging.betting_line_rows.side IS 'Side code: h home, a away (moneyline, spread); o over, u under (total).';
COMMENT ON COLUMN staging.betting_line_rows.line IS 'Points: the side''s run line (-1.5 lays, +1.5 takes) or the total; NULL for moneylines.';
COMMENT ON COLUMN staging.betting_line_rows.american_price IS 'American odds; never between -100 and +100 exclusive.';
COMMENT ON COLUMN staging.betting_line_rows.observed_at IS 'When the price held (history point, market update or fetch time). NULL only for SBRO open/close lines.';
COMMENT ON COLUMN staging.betting_line_rows.line_timing IS 'Timing code: T a timed observation, O open, C close (SBRO season lines, untimed).';
COMMENT ON COLUMN staging.betting_line_rows.is_opener IS 'True for the earliest observation of this game, book, outlet, market and side from this source (and SBRO open lines).';
COMMENT ON COLUMN staging.betting_line_rows.is_live IS 'True when observed after first pitch (in-play); such prices are kept but never used as pre-game lines.';
COMMENT ON COLUMN staging.betting_line_rows.source IS 'Source that reported the price.';
COMMENT ON COLUMN staging.betting_line_rows.quality_score IS '0.4 completeness + 0.4 validity + 0.2 consistency, in [0, 1] (docs/staging.md).';
COMMENT ON COLUMN staging.betting_line_rows.raw_table IS 'Raw table of the payload (lineage).';
COMMENT ON COLUMN staging.betting_line_rows.raw_id IS 'Raw row of the payload (BRIN-indexed: lines are stored in raw id order).';
COMMENT ON COLUMN staging.betting_line_rows.pipeline_run_id IS 'Run that wrote the row.';
COMMENT ON COLUMN staging.betting_line_rows.raw_fetched_at IS 'When the raw row (raw_table, raw_id) was fetched. Of several raw rows stating this observation the one fetched last wins; equal fetch times go to the later raw table name, then the later stored raw row (docs/staging.md, "Which copy wins").';
COMMENT ON COLUMN staging.betting_line_rows.outlet IS 'The source''s id of the outlet that offered the price (Action Network book id such as 68 = DK NJ, an Odds API key, an SBD name; staging.sportsbook_source_ids); part of the natural key, so two outlets of one brand stay apart. Empty for rows stored before v0.2.2 whose brand the source knew by more than one id.';
COMMENT ON COLUMN staging.betting_line_rows.stated_decimal_price IS 'The price exactly as stated when the source gave decimal odds (NULL when it gave American odds): american_price is its rounded American figure (2.02 -> +102, 1.74 -> -135).';
COMMENT ON CONSTRAINT betting_line_rows_natural_key ON staging.betting_line_rows IS 'One observation per game, brand, market, side, timing, moment, source and outlet (the one-byte and fixed-width columns first: cheaper to compare); the season, which the game decides, is in it because a partitioned table''s keys hold the partition key.';
COMMENT ON CONSTRAINT betting_line_rows_pkey ON staging.betting_line_rows IS 'The observation id, with the season a partitioned table''s key must hold.';
COMMENT ON CONSTRAINT betting_line_rows_total_sides ON staging.betting_line_rows IS 'Totals have over and under, the other markets home and away.';
COMMENT ON CONSTRAINT betting_line_rows_moneyline_no_line ON staging.betting_line_rows IS 'A moneyline has no points; a spread or total has.';
COMMENT ON CONSTRAINT betting_line_rows_observed_timed ON staging.betting_line_rows IS 'A timed observation has its time; only open and close lines may have none.';
COMMENT ON INDEX staging.betting_line_rows_raw_brin IS 'Lineage: the lines of a raw row, by block ranges of raw ids (a BRIN: nearly free to keep up on insert).';
GRANT SELECT ON staging.betting_line_rows TO mlb_analyst;

CREATE TRIGGER check_references_insert AFTER INSERT ON staging.betting_line_rows REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION staging.check_betting_line_references();
CREATE TRIGGER check_references_update AFTER UPDATE ON staging.betting_line_rows REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION staging.check_betting_line_references();
CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.betting_line_rows REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();

COMMIT;
