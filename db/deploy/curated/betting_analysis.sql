-- Deploy mlb:curated/betting_analysis
-- Signals with the time they became known.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.betting_analysis (
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  market text NOT NULL,
  side text NOT NULL,
  signal text NOT NULL CHECK (signal IN ('sharp_action', 'reverse_line_movement', 'steam', 'fade_the_public',
                                         'book_disagreement', 'arbitrage')),
  known_at timestamptz NOT NULL,
  strength numeric,
  details jsonb NOT NULL DEFAULT '{}',
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (game_id, market, side, signal)
);
COMMENT ON TABLE curated.betting_analysis IS 'The signals a user acts on, per game, market and side, each with the time it became known (so backtests use no information from after it): sharp_action (money % - bets % tier >= 1, strength = tier), reverse_line_movement, steam, fade_the_public (the side opposite >= signals.rlm_min_ticket_percent of tickets), book_disagreement (closing fair probabilities spread > 0.02), arbitrage (best prices'' implied probabilities sum below 1).';
COMMENT ON COLUMN curated.betting_analysis.game_id IS 'The game.';
COMMENT ON COLUMN curated.betting_analysis.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.betting_analysis.side IS 'The side the signal points to.';
COMMENT ON COLUMN curated.betting_analysis.signal IS 'Signal name.';
COMMENT ON COLUMN curated.betting_analysis.known_at IS 'First time the signal could have been known.';
COMMENT ON COLUMN curated.betting_analysis.strength IS 'Tier, probability move, or dispersion, by signal.';
COMMENT ON COLUMN curated.betting_analysis.details IS 'What the signal rests on.';
COMMENT ON COLUMN curated.betting_analysis.pipeline_run_id IS 'Curated run that wrote the row.';

COMMIT;
