-- Deploy mlb:curated/strategies
-- Backtested strategies.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.strategies (
  strategy_key text PRIMARY KEY CHECK (strategy_key ~ '^[a-z][a-z0-9_]*$'),
  description text NOT NULL,
  signal text NOT NULL CHECK (signal IN ('every_game', 'favourite', 'sharp_action', 'reverse_line_movement', 'steam',
                                         'fade_the_public')),
  market text NOT NULL CHECK (market IN ('moneyline', 'spread', 'total')),
  side_rule text NOT NULL CHECK (side_rule IN ('home', 'away', 'over', 'under', 'favourite', 'signal_side')),
  bet_timing text NOT NULL CHECK (bet_timing IN ('close', 'signal')),
  parameters jsonb NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE curated.strategies IS 'Strategies as rows: which signal, market and side, and when the bet is placed (at the close, or when the signal became known at the best bettable price then). Add a row to backtest a new one (docs/curated.md).';
COMMENT ON COLUMN curated.strategies.strategy_key IS 'Strategy name.';
COMMENT ON COLUMN curated.strategies.description IS 'What it bets.';
COMMENT ON COLUMN curated.strategies.signal IS 'every_game and favourite are baselines; the others read curated.betting_analysis.';
COMMENT ON COLUMN curated.strategies.market IS 'Market bet.';
COMMENT ON COLUMN curated.strategies.side_rule IS 'A fixed side, the closing favourite, or the side the signal points to.';
COMMENT ON COLUMN curated.strategies.bet_timing IS 'close: best bettable closing price; signal: best bettable price at known_at.';
COMMENT ON COLUMN curated.strategies.parameters IS 'Extra conditions, e.g. {"min_strength": 2}.';
COMMENT ON COLUMN curated.strategies.is_active IS 'Inactive strategies are not backtested.';

INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing, parameters) VALUES
  ('home_moneyline_at_close', 'Every home moneyline at the best closing price.', 'every_game', 'moneyline', 'home', 'close', '{}'),
  ('favourite_moneyline_at_close', 'Every closing moneyline favourite.', 'favourite', 'moneyline', 'favourite', 'close', '{}'),
  ('under_at_close', 'Every under at the closing consensus total.', 'every_game', 'total', 'under', 'close', '{}'),
  ('follow_steam_moneyline', 'The side a moneyline steam move favoured, at the best price right after it.', 'steam', 'moneyline', 'signal_side', 'signal', '{}'),
  ('follow_rlm_moneyline', 'The side a moneyline reverse line movement favoured, when it became known.', 'reverse_line_movement', 'moneyline', 'signal_side', 'signal', '{}'),
  ('follow_sharp_money_moneyline', 'The side with sharp action tier 2 or more, when the split showed it.', 'sharp_action', 'moneyline', 'signal_side', 'signal', '{"min_strength": 2}'),
  ('fade_public_moneyline', 'Against a moneyline side holding 60%+ of tickets, at the close.', 'fade_the_public', 'moneyline', 'signal_side', 'close', '{}');

COMMIT;
