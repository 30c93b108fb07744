-- Deploy mlb:curated/strategy_results
-- Graded strategy bets.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.strategy_results (
  strategy_key text NOT NULL REFERENCES curated.strategies (strategy_key) ON DELETE CASCADE,
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  game_date date NOT NULL,
  season int NOT NULL,
  market text NOT NULL,
  side text NOT NULL,
  bet_at timestamptz,
  sportsbook_id int REFERENCES staging.sportsbooks (sportsbook_id),
  line numeric(5, 1),
  american_price int NOT NULL,
  result text NOT NULL CHECK (result IN ('win', 'loss', 'push', 'void')),
  profit_units numeric NOT NULL,
  closing_fair_probability numeric,
  closing_line_value numeric,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  stated_decimal_price numeric CHECK (stated_decimal_price > 1),
  PRIMARY KEY (strategy_key, game_id, market, side)
);
CREATE INDEX strategy_results_date_idx ON curated.strategy_results (game_date);
COMMENT ON TABLE curated.strategy_results IS 'One graded bet per strategy and qualifying decided game (final, postponed or cancelled; undecided games are pending and absent): the price actually available when the strategy bets (never an assumed -110), win/loss/push/void against the final score, profit in units for a 1-unit stake, and closing line value against the no-vig consensus close (positive = beat the close).';
COMMENT ON COLUMN curated.strategy_results.strategy_key IS 'The strategy.';
COMMENT ON COLUMN curated.strategy_results.game_id IS 'The game.';
COMMENT ON COLUMN curated.strategy_results.game_date IS 'New York date.';
COMMENT ON COLUMN curated.strategy_results.season IS 'Season.';
COMMENT ON COLUMN curated.strategy_results.market IS 'Market bet.';
COMMENT ON COLUMN curated.strategy_results.side IS 'Side bet.';
COMMENT ON COLUMN curated.strategy_results.bet_at IS 'When the price was taken (the close time, or the signal time); NULL for untimed SBRO closes.';
COMMENT ON COLUMN curated.strategy_results.sportsbook_id IS 'Book whose price was taken.';
COMMENT ON COLUMN curated.strategy_results.line IS 'The side''s line taken (run line or total).';
COMMENT ON COLUMN curated.strategy_results.american_price IS 'The American price taken.';
COMMENT ON COLUMN curated.strategy_results.result IS 'win, loss, push, or void (no result: postponed, cancelled, suspended).';
COMMENT ON COLUMN curated.strategy_results.profit_units IS 'Profit of a 1-unit stake at american_price (0 for push and void).';
COMMENT ON COLUMN curated.strategy_results.closing_fair_probability IS 'Consensus no-vig closing probability of the side.';
COMMENT ON COLUMN curated.strategy_results.closing_line_value IS 'decimal(price taken) * closing fair probability - 1; positive means the bet beat the close.';
COMMENT ON COLUMN curated.strategy_results.pipeline_run_id IS 'Curated run that wrote the row.';
COMMENT ON COLUMN curated.strategy_results.stated_decimal_price IS 'The price taken exactly as the source stated it when that was decimal odds (NULL for American odds); profit_units and closing_line_value are then computed from it, american_price being its rounded figure.';

COMMIT;
