-- Verify mlb:curated/profitability_metrics (reworked after v0.2.2)
BEGIN;
SELECT strategy_key, season, month, market, bets, wins, losses, pushes, voids, win_rate, units, roi, average_clv,
       roi_ci95_low, roi_ci95_high, skipped, longest_losing_run, max_drawdown
  FROM curated.profitability_metrics WHERE false;
ROLLBACK;
