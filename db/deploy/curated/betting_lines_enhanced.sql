-- Deploy mlb:curated/betting_lines_enhanced
-- Open, close and latest per book, market and side.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.betting_lines_enhanced (
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  sportsbook_id int NOT NULL REFERENCES staging.sportsbooks (sportsbook_id),
  market text NOT NULL,
  side text NOT NULL,
  is_bettable boolean NOT NULL,
  open_line numeric(5, 1),
  open_price int,
  open_at timestamptz,
  close_line numeric(5, 1),
  close_price int,
  close_at timestamptz,
  latest_line numeric(5, 1),
  latest_price int,
  latest_at timestamptz,
  line_move numeric(5, 1),
  implied_probability_move numeric,
  close_overround numeric,
  close_hold numeric,
  close_fair_probability numeric,
  close_fair_probability_additive numeric,
  observations int NOT NULL,
  close_line_id bigint,
  raw_table text,
  raw_id bigint,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (game_id, sportsbook_id, market, side)
);
COMMENT ON TABLE curated.betting_lines_enhanced IS 'Per game, book, market and side: opening, closing (last pre-game price before first pitch) and latest line and price, the move from open to close, and the book''s closing overround, hold and no-vig fair probability (multiplicative and additive) against its other side. Observations of the same book from several sources are merged in time order.';
COMMENT ON COLUMN curated.betting_lines_enhanced.game_id IS 'The game.';
COMMENT ON COLUMN curated.betting_lines_enhanced.sportsbook_id IS 'The book.';
COMMENT ON COLUMN curated.betting_lines_enhanced.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.betting_lines_enhanced.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.betting_lines_enhanced.is_bettable IS 'False for consensus and opening-line pseudo-books.';
COMMENT ON COLUMN curated.betting_lines_enhanced.open_line IS 'Points at the open (NULL for moneylines).';
COMMENT ON COLUMN curated.betting_lines_enhanced.open_price IS 'American price at the open (first pre-game observation, or SBRO open).';
COMMENT ON COLUMN curated.betting_lines_enhanced.open_at IS 'When the open was observed (NULL for SBRO).';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_line IS 'Points at the close.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_price IS 'American price at the close: the last observation before first pitch (SBRO close).';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_at IS 'When the close was observed.';
COMMENT ON COLUMN curated.betting_lines_enhanced.latest_line IS 'Points at the latest observation (may be in-play).';
COMMENT ON COLUMN curated.betting_lines_enhanced.latest_price IS 'American price at the latest observation.';
COMMENT ON COLUMN curated.betting_lines_enhanced.latest_at IS 'When the latest was observed.';
COMMENT ON COLUMN curated.betting_lines_enhanced.line_move IS 'close_line - open_line.';
COMMENT ON COLUMN curated.betting_lines_enhanced.implied_probability_move IS 'Implied probability at close minus at open: positive means the side shortened.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_overround IS 'Sum of both sides'' closing implied probabilities minus 1, for this book.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_hold IS 'The book''s closing hold, 1 - 1 / (sum of implied probabilities).';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_fair_probability IS 'No-vig closing probability of the side, multiplicative method.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_fair_probability_additive IS 'No-vig closing probability of the side, additive method (equals Shin for two-way markets).';
COMMENT ON COLUMN curated.betting_lines_enhanced.observations IS 'How many price observations the row summarises.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_line_id IS 'staging.betting_lines id of the closing observation (lineage).';
COMMENT ON COLUMN curated.betting_lines_enhanced.raw_table IS 'Raw table of the closing observation.';
COMMENT ON COLUMN curated.betting_lines_enhanced.raw_id IS 'Raw row of the closing observation.';
COMMENT ON COLUMN curated.betting_lines_enhanced.pipeline_run_id IS 'Curated run that wrote the row.';

COMMIT;
