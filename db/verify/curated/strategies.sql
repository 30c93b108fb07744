-- Verify mlb:curated/strategies
BEGIN;
SELECT strategy_key, signal, market, side_rule, bet_timing, role, minutes_before, min_price, max_price, min_line, max_line,
       require_signals, min_signal_strength, min_books
  FROM curated.strategies WHERE false;
ROLLBACK;
