-- Deploy mlb:curated/strategies
-- Backtested strategies. A strategy is a row of filters over curated facts,
-- validated when inserted: the market and a side rule (home, away, favourite,
-- underdog, over, under, the signal's side), a role (only favourites or
-- underdogs of that side), a price range and a line range of the price taken,
-- signals required on the side with a minimum strength, a minimum number of
-- books, and when it bets (the open, the close, when its signal became known,
-- or minutes before first pitch). The seven built-in strategies are rows of the
-- same kind.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.strategies (
  strategy_key text PRIMARY KEY CHECK (strategy_key ~ '^[a-z][a-z0-9_]*$'),
  description text NOT NULL,
  signal text NOT NULL CHECK (signal IN ('every_game', 'favourite', 'sharp_action', 'reverse_line_movement', 'steam',
                                         'fade_the_public')),
  market text NOT NULL CHECK (market IN ('moneyline', 'spread', 'total')),
  side_rule text NOT NULL CHECK (side_rule IN ('home', 'away', 'over', 'under', 'favourite', 'underdog', 'signal_side')),
  bet_timing text NOT NULL CHECK (bet_timing IN ('open', 'close', 'signal', 'minutes_before')),
  parameters jsonb NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true,
  role text NOT NULL DEFAULT 'any' CHECK (role IN ('any', 'favourite', 'underdog')),
  minutes_before integer CHECK (minutes_before BETWEEN 1 AND 1440),
  min_price integer CHECK (min_price >= 100 OR min_price <= -100),
  max_price integer CHECK (max_price >= 100 OR max_price <= -100),
  min_line numeric(5,1),
  max_line numeric(5,1),
  require_signals text[] NOT NULL DEFAULT '{}'
    CHECK (require_signals <@ ARRAY['sharp_action', 'reverse_line_movement', 'steam', 'fade_the_public',
                                    'book_disagreement', 'arbitrage']),
  min_signal_strength numeric,
  min_books integer CHECK (min_books >= 1),
  CONSTRAINT strategies_minutes_before_timing CHECK ((bet_timing = 'minutes_before') = (minutes_before IS NOT NULL)),
  CONSTRAINT strategies_side_fits_market
    CHECK (CASE WHEN market = 'total' THEN side_rule IN ('over', 'under', 'signal_side') AND role = 'any'
                ELSE side_rule NOT IN ('over', 'under') END),
  CONSTRAINT strategies_signal_side_has_a_signal
    CHECK (side_rule <> 'signal_side' OR signal NOT IN ('every_game', 'favourite')),
  CONSTRAINT strategies_signal_timing_has_a_signal
    CHECK (bet_timing <> 'signal' OR signal NOT IN ('every_game', 'favourite')),
  CONSTRAINT strategies_price_range CHECK (min_price IS NULL OR max_price IS NULL
    OR staging.american_to_decimal(min_price) <= staging.american_to_decimal(max_price)),
  CONSTRAINT strategies_line_range CHECK (min_line IS NULL OR max_line IS NULL OR min_line <= max_line)
);
COMMENT ON TABLE curated.strategies IS 'Strategies as rows: which signal, market and side, and when the bet is placed (at the close, or when the signal became known at the best bettable price then). Add a row to backtest a new one (docs/curated.md).';
COMMENT ON COLUMN curated.strategies.strategy_key IS 'Strategy name.';
COMMENT ON COLUMN curated.strategies.description IS 'What it bets.';
COMMENT ON COLUMN curated.strategies.signal IS 'every_game and favourite are baselines; the others read curated.betting_analysis.';
COMMENT ON COLUMN curated.strategies.market IS 'Market bet.';
COMMENT ON COLUMN curated.strategies.side_rule IS 'The side it bets: home, away, over, under, favourite or underdog (the likelier or less likely side when it bets), or signal_side (the side its signal points to).';
COMMENT ON COLUMN curated.strategies.bet_timing IS 'When it bets: open (the best opening price), close (the best closing price), signal (the best price when its signal became known) or minutes_before (the best price minutes_before first pitch).';
COMMENT ON COLUMN curated.strategies.parameters IS 'Kept for strategies written before v0.2.3: min_strength there is read as min_signal_strength.';
COMMENT ON COLUMN curated.strategies.is_active IS 'Inactive strategies are not backtested.';
COMMENT ON COLUMN curated.strategies.role IS 'any, or only when the side is the favourite (or the underdog) when it bets: home + favourite is every home favourite.';
COMMENT ON COLUMN curated.strategies.minutes_before IS 'For bet_timing minutes_before: how many minutes before first pitch.';
COMMENT ON COLUMN curated.strategies.min_price IS 'Only prices at least this good for the favourite side of the range, as American odds compared by their decimal value (-150 .. -110: min_price -150, max_price -110).';
COMMENT ON COLUMN curated.strategies.max_price IS 'Only prices at most this (American odds compared by decimal value).';
COMMENT ON COLUMN curated.strategies.min_line IS 'Only when the line taken is at least this (the side''s run line, or the total).';
COMMENT ON COLUMN curated.strategies.max_line IS 'Only when the line taken is at most this.';
COMMENT ON COLUMN curated.strategies.require_signals IS 'Signals that must point to the side, each known by the time it bets (curated.betting_analysis).';
COMMENT ON COLUMN curated.strategies.min_signal_strength IS 'Minimum strength of its signal and of every required signal (sharp tier, probability move, ...).';
COMMENT ON COLUMN curated.strategies.min_books IS 'Only when at least this many bettable books offer the side when it bets (at the close: books with both sides at the consensus line).';

INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing, min_signal_strength) VALUES
  ('home_moneyline_at_close', 'Every home moneyline at the best closing price.', 'every_game', 'moneyline', 'home', 'close', NULL),
  ('favourite_moneyline_at_close', 'Every closing moneyline favourite.', 'favourite', 'moneyline', 'favourite', 'close', NULL),
  ('under_at_close', 'Every under at the closing consensus total.', 'every_game', 'total', 'under', 'close', NULL),
  ('follow_steam_moneyline', 'The side a moneyline steam move favoured, at the best price right after it.', 'steam', 'moneyline', 'signal_side', 'signal', NULL),
  ('follow_rlm_moneyline', 'The side a moneyline reverse line movement favoured, when it became known.', 'reverse_line_movement', 'moneyline', 'signal_side', 'signal', NULL),
  ('follow_sharp_money_moneyline', 'The side with sharp action tier 2 or more, when the split showed it.', 'sharp_action', 'moneyline', 'signal_side', 'signal', 2),
  ('fade_public_moneyline', 'Against a moneyline side holding 60%+ of tickets, at the close.', 'fade_the_public', 'moneyline', 'signal_side', 'close', NULL);

COMMIT;
