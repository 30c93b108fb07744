-- Revert mlb:curated/strategy_filters
BEGIN;
SET LOCAL ROLE mlb_owner;

UPDATE curated.strategies SET parameters = parameters || jsonb_build_object('min_strength', min_signal_strength)
 WHERE min_signal_strength IS NOT NULL;
DELETE FROM curated.strategies
 WHERE side_rule = 'underdog' OR bet_timing IN ('open', 'minutes_before') OR role <> 'any' OR min_price IS NOT NULL
    OR max_price IS NOT NULL OR min_line IS NOT NULL OR max_line IS NOT NULL OR require_signals <> '{}' OR min_books IS NOT NULL;
ALTER TABLE curated.strategies
  DROP CONSTRAINT strategies_minutes_before_timing, DROP CONSTRAINT strategies_side_fits_market,
  DROP CONSTRAINT strategies_signal_side_has_a_signal, DROP CONSTRAINT strategies_signal_timing_has_a_signal,
  DROP CONSTRAINT strategies_price_range, DROP CONSTRAINT strategies_line_range,
  DROP COLUMN role, DROP COLUMN minutes_before, DROP COLUMN min_price, DROP COLUMN max_price, DROP COLUMN min_line,
  DROP COLUMN max_line, DROP COLUMN require_signals, DROP COLUMN min_signal_strength, DROP COLUMN min_books,
  DROP CONSTRAINT strategies_side_rule_check, DROP CONSTRAINT strategies_bet_timing_check,
  ADD CONSTRAINT strategies_side_rule_check
    CHECK (side_rule IN ('home', 'away', 'over', 'under', 'favourite', 'signal_side')),
  ADD CONSTRAINT strategies_bet_timing_check CHECK (bet_timing IN ('close', 'signal'));

COMMIT;
