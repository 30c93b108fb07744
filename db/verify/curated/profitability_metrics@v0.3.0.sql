-- Verify mlb:curated/profitability_metrics
BEGIN;
SELECT 1 FROM curated.profitability_metrics WHERE false;
SELECT strategy_key, season, month, market, bets, wins, losses, pushes, voids, win_rate, units, roi, average_clv,
       roi_ci95_low, roi_ci95_high, skipped, longest_losing_run, max_drawdown
  FROM curated.profitability_metrics WHERE false;
ROLLBACK;
