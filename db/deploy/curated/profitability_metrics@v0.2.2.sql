-- Deploy mlb:curated/profitability_metrics (reworked after v0.2.1)
-- The record says what the strategy left out: skipped, the decided games it
-- considered and did not bet (curated.strategy_skips: no favourite, no price).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.profitability_metrics AS
WITH bets AS (
  SELECT r.strategy_key, r.season, to_char(r.game_date, 'YYYY-MM') AS month, r.market, r.result, r.profit_units,
         r.closing_line_value, false AS skip
    FROM curated.strategy_results r
  UNION ALL
  -- Games considered and not bet: counted as skipped, nothing else.
  SELECT s.strategy_key, s.season, to_char(s.game_date, 'YYYY-MM'), s.market, NULL, NULL, NULL, true
    FROM curated.strategy_skips s
)
SELECT strategy_key, season, month, market,
       count(*) FILTER (WHERE result <> 'void') AS bets,
       count(*) FILTER (WHERE result = 'win') AS wins,
       count(*) FILTER (WHERE result = 'loss') AS losses,
       count(*) FILTER (WHERE result = 'push') AS pushes,
       count(*) FILTER (WHERE result = 'void') AS voids,
       round(count(*) FILTER (WHERE result = 'win')::numeric
             / nullif(count(*) FILTER (WHERE result IN ('win', 'loss')), 0), 4) AS win_rate,
       round(sum(profit_units), 4) AS units,
       round(sum(profit_units) / nullif(count(*) FILTER (WHERE result IN ('win', 'loss', 'push')), 0), 4) AS roi,
       round(avg(closing_line_value) FILTER (WHERE result <> 'void'), 4) AS average_clv,
       round(avg(profit_units) FILTER (WHERE result <> 'void')
             - 1.96 * stddev_samp(profit_units) FILTER (WHERE result <> 'void')
               / sqrt(nullif(count(*) FILTER (WHERE result <> 'void'), 0))::numeric, 4) AS roi_ci95_low,
       round(avg(profit_units) FILTER (WHERE result <> 'void')
             + 1.96 * stddev_samp(profit_units) FILTER (WHERE result <> 'void')
               / sqrt(nullif(count(*) FILTER (WHERE result <> 'void'), 0))::numeric, 4) AS roi_ci95_high,
       count(*) FILTER (WHERE skip) AS skipped
  FROM bets
 GROUP BY GROUPING SETS ((strategy_key, season, market), (strategy_key, season, month, market));
COMMENT ON VIEW curated.profitability_metrics IS 'Per strategy, season (month NULL) and season-month, and market: bets (voids excluded), wins, losses, pushes, win rate (pushes excluded), units won at the odds taken, ROI on amount risked (1 unit per non-void bet), average CLV, a 95% confidence interval for ROI (normal approximation of the mean profit per bet), and skipped: decided games considered and not bet (curated.strategy_skips).';
COMMENT ON COLUMN curated.profitability_metrics.skipped IS 'Decided games the strategy considered and did not bet (no favourite: equal closing prices; or no price), not counted in bets.';

COMMIT;
