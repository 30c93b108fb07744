-- Deploy mlb:curated/market_consensus
-- Consensus across bettable books.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.market_consensus (
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  market text NOT NULL,
  side text NOT NULL,
  books int NOT NULL,
  consensus_close_line numeric(5, 1),
  close_fair_probability numeric,
  close_fair_probability_additive numeric,
  open_fair_probability numeric,
  fair_probability_move numeric,
  book_dispersion numeric,
  best_close_price int,
  best_close_sportsbook_id int,
  best_pregame_price int,
  best_pregame_sportsbook_id int,
  best_pregame_at timestamptz,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (game_id, market, side)
);
COMMENT ON TABLE curated.market_consensus IS 'Market consensus per game, market and side across bettable books: no-vig fair probabilities averaged in probability space (never as American odds), their move from open, the spread between books, and the best prices on offer at the close and at any moment before first pitch. Spreads and totals use only books at the consensus line.';
COMMENT ON COLUMN curated.market_consensus.game_id IS 'The game.';
COMMENT ON COLUMN curated.market_consensus.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.market_consensus.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.market_consensus.books IS 'Bettable books with both sides at the close (at the consensus line).';
COMMENT ON COLUMN curated.market_consensus.consensus_close_line IS 'Most common closing line of the side across books (NULL for moneylines).';
COMMENT ON COLUMN curated.market_consensus.close_fair_probability IS 'Mean of the books'' multiplicative no-vig closing probabilities.';
COMMENT ON COLUMN curated.market_consensus.close_fair_probability_additive IS 'Mean of the books'' additive (= Shin, two-way) no-vig closing probabilities.';
COMMENT ON COLUMN curated.market_consensus.open_fair_probability IS 'Mean multiplicative no-vig probability at the books'' opens.';
COMMENT ON COLUMN curated.market_consensus.fair_probability_move IS 'close_fair_probability - open_fair_probability.';
COMMENT ON COLUMN curated.market_consensus.book_dispersion IS 'Standard deviation of the books'' closing fair probabilities: book disagreement.';
COMMENT ON COLUMN curated.market_consensus.best_close_price IS 'Best (highest payout) closing American price among bettable books.';
COMMENT ON COLUMN curated.market_consensus.best_close_sportsbook_id IS 'Book offering it.';
COMMENT ON COLUMN curated.market_consensus.best_pregame_price IS 'Best American price any bettable book offered before first pitch (at the consensus line).';
COMMENT ON COLUMN curated.market_consensus.best_pregame_sportsbook_id IS 'Book offering it.';
COMMENT ON COLUMN curated.market_consensus.best_pregame_at IS 'When it was offered.';
COMMENT ON COLUMN curated.market_consensus.pipeline_run_id IS 'Curated run that wrote the row.';

COMMIT;
