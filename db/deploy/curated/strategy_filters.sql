-- Deploy mlb:curated/strategy_filters
-- A strategy is a row of filters over curated facts, validated when inserted:
-- the market and a side rule (home, away, favourite, underdog, over, under,
-- the signal's side), a role (only favourites or underdogs of that side), a
-- price range and a line range of the price taken, signals required on the side
-- with a minimum strength, a minimum number of books, and when it bets (the
-- open, the close, when its signal became known, or minutes before first pitch).
-- The seven built-in strategies are rows of the same kind.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE curated.strategies
  DROP CONSTRAINT strategies_side_rule_check,
  DROP CONSTRAINT strategies_bet_timing_check,
  ADD CONSTRAINT strategies_side_rule_check
    CHECK (side_rule IN ('home', 'away', 'over', 'under', 'favourite', 'underdog', 'signal_side')),
  ADD CONSTRAINT strategies_bet_timing_check CHECK (bet_timing IN ('open', 'close', 'signal', 'minutes_before')),
  ADD COLUMN role text NOT NULL DEFAULT 'any' CHECK (role IN ('any', 'favourite', 'underdog')),
  ADD COLUMN minutes_before integer CHECK (minutes_before BETWEEN 1 AND 1440),
  ADD COLUMN min_price integer CHECK (min_price >= 100 OR min_price <= -100),
  ADD COLUMN max_price integer CHECK (max_price >= 100 OR max_price <= -100),
  ADD COLUMN min_line numeric(5,1),
  ADD COLUMN max_line numeric(5,1),
  ADD COLUMN require_signals text[] NOT NULL DEFAULT '{}'
    CHECK (require_signals <@ ARRAY['sharp_action', 'reverse_line_movement', 'steam', 'fade_the_public',
                                    'book_disagreement', 'arbitrage']),
  ADD COLUMN min_signal_strength numeric,
  ADD COLUMN min_books integer CHECK (min_books >= 1),
  ADD CONSTRAINT strategies_minutes_before_timing CHECK ((bet_timing = 'minutes_before') = (minutes_before IS NOT NULL)),
  ADD CONSTRAINT strategies_side_fits_market
    CHECK (CASE WHEN market = 'total' THEN side_rule IN ('over', 'under', 'signal_side') AND role = 'any'
                ELSE side_rule NOT IN ('over', 'under') END),
  ADD CONSTRAINT strategies_signal_side_has_a_signal
    CHECK (side_rule <> 'signal_side' OR signal NOT IN ('every_game', 'favourite')),
  ADD CONSTRAINT strategies_signal_timing_has_a_signal
    CHECK (bet_timing <> 'signal' OR signal NOT IN ('every_game', 'favourite')),
  ADD CONSTRAINT strategies_price_range CHECK (min_price IS NULL OR max_price IS NULL
    OR staging.american_to_decimal(min_price) <= staging.american_to_decimal(max_price)),
  ADD CONSTRAINT strategies_line_range CHECK (min_line IS NULL OR max_line IS NULL OR min_line <= max_line);
COMMENT ON COLUMN curated.strategies.side_rule IS 'The side it bets: home, away, over, under, favourite or underdog (the likelier or less likely side when it bets), or signal_side (the side its signal points to).';
COMMENT ON COLUMN curated.strategies.bet_timing IS 'When it bets: open (the best opening price), close (the best closing price), signal (the best price when its signal became known) or minutes_before (the best price minutes_before first pitch).';
COMMENT ON COLUMN curated.strategies.role IS 'any, or only when the side is the favourite (or the underdog) when it bets: home + favourite is every home favourite.';
COMMENT ON COLUMN curated.strategies.minutes_before IS 'For bet_timing minutes_before: how many minutes before first pitch.';
COMMENT ON COLUMN curated.strategies.min_price IS 'Only prices at least this good for the favourite side of the range, as American odds compared by their decimal value (-150 .. -110: min_price -150, max_price -110).';
COMMENT ON COLUMN curated.strategies.max_price IS 'Only prices at most this (American odds compared by decimal value).';
COMMENT ON COLUMN curated.strategies.min_line IS 'Only when the line taken is at least this (the side''s run line, or the total).';
COMMENT ON COLUMN curated.strategies.max_line IS 'Only when the line taken is at most this.';
COMMENT ON COLUMN curated.strategies.require_signals IS 'Signals that must point to the side, each known by the time it bets (curated.betting_analysis).';
COMMENT ON COLUMN curated.strategies.min_signal_strength IS 'Minimum strength of its signal and of every required signal (sharp tier, probability move, ...).';
COMMENT ON COLUMN curated.strategies.min_books IS 'Only when at least this many bettable books offer the side when it bets (at the close: books with both sides at the consensus line).';
COMMENT ON COLUMN curated.strategies.parameters IS 'Kept for strategies written before v0.2.3: min_strength there is read as min_signal_strength.';

UPDATE curated.strategies SET min_signal_strength = (parameters->>'min_strength')::numeric, parameters = '{}'
 WHERE parameters ? 'min_strength';

COMMIT;
