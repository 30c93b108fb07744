-- Deploy mlb:curated/strategies_analyst_writes
-- The analyst composes strategies (issue 31: `strategy add` as mlb_analyst was refused,
-- though docs/analysis.md shows it): it may insert a strategy and change its description or
-- whether it is active, nothing else; its backtest runs with the owner's rights
-- (curated.backtest_strategy). Deleting one stays the owner's (it deletes its results).
BEGIN;
SET LOCAL ROLE mlb_owner;

GRANT INSERT (strategy_key, description, signal, market, side_rule, bet_timing, parameters, is_active, role,
              minutes_before, min_price, max_price, min_line, max_line, require_signals, min_signal_strength, min_books),
      UPDATE (description, is_active)
   ON curated.strategies TO mlb_analyst;

COMMIT;
