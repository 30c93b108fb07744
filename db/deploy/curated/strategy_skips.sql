-- Deploy mlb:curated/strategy_skips
-- Games a strategy considered and did not bet, and why.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.strategy_skips (
  strategy_key text NOT NULL REFERENCES curated.strategies (strategy_key) ON DELETE CASCADE,
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  game_date date NOT NULL,
  season int NOT NULL,
  market text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('no_favourite', 'no_price')),
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (strategy_key, game_id, market)
);
CREATE INDEX strategy_skips_date_idx ON curated.strategy_skips (game_date);
COMMENT ON TABLE curated.strategy_skips IS 'One row per strategy and decided game it considered but did not bet, with the reason: no_favourite (both closing fair probabilities equal: a favourite strategy has no side) or no_price (no bettable price when it would bet). Counted as skipped in curated.profitability_metrics, so a strategy''s record says what it left out.';
COMMENT ON COLUMN curated.strategy_skips.strategy_key IS 'The strategy.';
COMMENT ON COLUMN curated.strategy_skips.game_id IS 'The game.';
COMMENT ON COLUMN curated.strategy_skips.game_date IS 'New York date.';
COMMENT ON COLUMN curated.strategy_skips.season IS 'Season (year of the date).';
COMMENT ON COLUMN curated.strategy_skips.market IS 'Market the strategy bets.';
COMMENT ON COLUMN curated.strategy_skips.reason IS 'no_favourite or no_price.';
COMMENT ON COLUMN curated.strategy_skips.pipeline_run_id IS 'Curated run that wrote it.';
GRANT SELECT ON curated.strategy_skips TO mlb_analyst;

COMMIT;
