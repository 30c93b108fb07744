-- Revert mlb:curated/profitability_metrics (rework after v0.2.1): the view without skipped (a column cannot be dropped by replacing)
BEGIN;
SET LOCAL ROLE mlb_owner;

DROP VIEW curated.profitability_metrics;
CREATE VIEW curated.profitability_metrics AS
WITH bets AS (
  SELECT r.*, to_char(r.game_date, 'YYYY-MM') AS month FROM curated.strategy_results r
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
               / sqrt(nullif(count(*) FILTER (WHERE result <> 'void'), 0))::numeric, 4) AS roi_ci95_high
  FROM bets
 GROUP BY GROUPING SETS ((strategy_key, season, market), (strategy_key, season, month, market));
COMMENT ON VIEW curated.profitability_metrics IS 'Per strategy, season (month NULL) and season-month, and market: bets (voids excluded), wins, losses, pushes, win rate (pushes excluded), units won at the odds taken, ROI on amount risked (1 unit per non-void bet), average CLV, and a 95% confidence interval for ROI (normal approximation of the mean profit per bet).';
COMMENT ON COLUMN curated.profitability_metrics.strategy_key IS 'Strategy.';
COMMENT ON COLUMN curated.profitability_metrics.season IS 'Season.';
COMMENT ON COLUMN curated.profitability_metrics.month IS 'YYYY-MM, or NULL for the season total.';
COMMENT ON COLUMN curated.profitability_metrics.market IS 'Market.';
COMMENT ON COLUMN curated.profitability_metrics.bets IS 'Bets with action (wins + losses + pushes).';
COMMENT ON COLUMN curated.profitability_metrics.wins IS 'Wins.';
COMMENT ON COLUMN curated.profitability_metrics.losses IS 'Losses.';
COMMENT ON COLUMN curated.profitability_metrics.pushes IS 'Pushes (stake returned).';
COMMENT ON COLUMN curated.profitability_metrics.voids IS 'Voided bets (no action), not counted in bets.';
COMMENT ON COLUMN curated.profitability_metrics.win_rate IS 'wins / (wins + losses).';
COMMENT ON COLUMN curated.profitability_metrics.units IS 'Total profit in units.';
COMMENT ON COLUMN curated.profitability_metrics.roi IS 'units / bets: return on amount risked.';
COMMENT ON COLUMN curated.profitability_metrics.average_clv IS 'Mean closing line value.';
COMMENT ON COLUMN curated.profitability_metrics.roi_ci95_low IS 'Lower end of the 95% interval for ROI.';
COMMENT ON COLUMN curated.profitability_metrics.roi_ci95_high IS 'Upper end of the 95% interval for ROI.';
GRANT SELECT ON curated.profitability_metrics TO mlb_analyst;

COMMIT;
